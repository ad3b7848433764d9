package org.linli.requests.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskPhotoStoreTest {

    @TempDir
    Path root;

    @Test
    void aPhotoIsKeptUnderItsKeyAndGoneOnceDeleted() {
        LocalDiskPhotoStore store = new LocalDiskPhotoStore(root.resolve("photos"));

        store.put("2026/03/02/0a1b.jpg", new byte[] {1, 2, 3}, "image/jpeg");

        assertThat(store.get("2026/03/02/0a1b.jpg")).hasValue(new byte[] {1, 2, 3});
        assertThat(root.resolve("photos/2026/03/02/0a1b.jpg")).exists();
        store.delete("2026/03/02/0a1b.jpg");
        assertThat(store.get("2026/03/02/0a1b.jpg")).isEmpty();
        store.delete("2026/03/02/0a1b.jpg");
    }

    @Test
    void noKeyReachesOutsideItsDirectory() throws Exception {
        Files.writeString(root.resolve("secret.txt"), "not a photo");
        LocalDiskPhotoStore store = new LocalDiskPhotoStore(root.resolve("photos"));

        for (String key : new String[] {
            "../secret.txt", "2026/../../secret.txt", "/etc/passwd", "2026//x.jpg", "", ".", "a/./b.jpg", "C:\\x.jpg"
        }) {
            assertThatThrownBy(() -> store.get(key)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.delete(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(root.resolve("secret.txt")).exists();
    }
}
