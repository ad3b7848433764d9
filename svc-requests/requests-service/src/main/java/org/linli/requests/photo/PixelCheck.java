package org.linli.requests.photo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.linli.platform.error.DomainException;

/**
 * Whether a photo's pixels are what a request may hold: its size is read from its header and checked
 * before anything is decoded, so that a small file claiming a huge picture (a decompression bomb) costs
 * nothing; then the whole picture is decoded, subsampled to about {@value #PROOF_SIDE} pixels a side so
 * that memory stays small whatever its size, to prove that it decodes. A decoder's warning (a JPEG cut
 * short, which the JDK would fill with grey) counts as failing to decode.
 *
 * @param minSide the fewest pixels a side may have
 * @param maxSide the most pixels a side may have
 */
record PixelCheck(int minSide, int maxSide) {

    static final int PROOF_SIDE = 1024;

    /** The photo's stored width and height, once it is known to be acceptable and to decode. */
    Dimensions verify(ImageType type, byte[] image) {
        ImageReader reader = type.newReader();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
            reader.setInput(in, true, true);
            Dimensions dimensions = new Dimensions(reader.getWidth(0), reader.getHeight(0));
            checkSides(dimensions);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, (Math.max(dimensions.width(), dimensions.height()) + PROOF_SIDE - 1) / PROOF_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw PhotoProblems.unreadable(warnings.get(0));
            }
            return dimensions;
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // decoders signal a damaged file with whatever they hit first (IIOException, IndexOutOfBounds ...)
            throw PhotoProblems.unreadable(
                    "the " + type.extension().toUpperCase(Locale.ROOT) + " data does not decode");
        } finally {
            reader.dispose();
        }
    }

    private void checkSides(Dimensions d) {
        if (d.width() < minSide || d.height() < minSide) {
            throw PhotoProblems.tooSmall(d.width(), d.height(), minSide);
        }
        if (d.width() > maxSide || d.height() > maxSide) {
            throw PhotoProblems.tooBig(d.width(), d.height(), maxSide);
        }
    }

    record Dimensions(int width, int height) {}
}
