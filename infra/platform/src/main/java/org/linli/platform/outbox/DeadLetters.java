package org.linli.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.lang.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's dead-letter stream: events its consumer groups gave up on, each with the group, the
 * source stream and entry, and the last error. One stream per service, so an administrator finds them
 * all in one place and each has one id. A replay puts the event back on its source stream addressed
 * to its group alone ({@link #REPLAY_FOR}); the other groups on that stream acknowledge and skip it.
 */
public class DeadLetters {

    /** Field of a replayed stream entry naming the one group that should handle it. */
    static final String REPLAY_FOR = "group";

    static final String EVENT = "event";
    private static final int MAX_ERROR = 300;
    private static final Pattern ENTRY_ID = Pattern.compile("\\d{1,20}-\\d{1,20}");

    // copy and acknowledge together, so a crash in between neither loses the event nor buries it twice
    private static final RedisScript<Long> BURY = RedisScript.of(
            """
            redis.call('XADD', KEYS[1], '*', unpack(ARGV, 3))
            return redis.call('XACK', KEYS[2], ARGV[1], ARGV[2])
            """,
            Long.class);

    // of two administrators replaying one letter at once, one puts it back
    private static final RedisScript<String> REPLAY = RedisScript.of(
            """
            if redis.call('XDEL', KEYS[1], ARGV[1]) == 0 then return false end
            return redis.call('XADD', KEYS[2], '*', 'event', ARGV[2], 'group', ARGV[3])
            """,
            String.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final String stream;

    public DeadLetters(StringRedisTemplate redis, JsonMapper json, String stream) {
        this.redis = redis;
        this.json = json;
        this.stream = stream;
    }

    public String stream() {
        return stream;
    }

    /** Moves a stream entry that {@code group} gave up on here, acknowledging it in the group. */
    void bury(String source, String group, MapRecord<String, Object, Object> entry, long deliveries, Throwable error) {
        Object event = entry.getValue().get(EVENT);
        redis.execute(
                BURY,
                List.of(stream, source),
                group,
                entry.getId().getValue(),
                EVENT,
                event == null ? "" : String.valueOf(event),
                "stream",
                source,
                REPLAY_FOR,
                group,
                "sourceId",
                entry.getId().getValue(),
                "deliveries",
                String.valueOf(deliveries),
                "failedAt",
                Instant.now().toString(),
                "error",
                describe(error));
    }

    /** The newest dead letters first, at most {@code limit}, older than {@code before} when given. */
    public List<DeadLetter> list(int limit, @Nullable String before) {
        Range<String> range =
                before == null ? Range.unbounded() : Range.of(Range.Bound.unbounded(), Range.Bound.exclusive(before));
        List<MapRecord<String, Object, Object>> entries =
                redis.opsForStream().reverseRange(stream, range, Limit.limit().count(limit));
        List<DeadLetter> letters = new ArrayList<>();
        for (MapRecord<String, Object, Object> entry :
                entries == null ? List.<MapRecord<String, Object, Object>>of() : entries) {
            letters.add(view(entry));
        }
        return letters;
    }

    /** Puts a dead letter back on its source stream for its group; empty if there is none with this id. */
    public Optional<DeadLetter> replay(String id) {
        if (!isEntryId(id)) {
            return Optional.empty();
        }
        List<MapRecord<String, Object, Object>> found = redis.opsForStream().range(stream, Range.closed(id, id));
        if (found == null || found.isEmpty()) {
            return Optional.empty();
        }
        Map<Object, Object> fields = found.get(0).getValue();
        String replayed = redis.execute(
                REPLAY,
                List.of(stream, String.valueOf(fields.get("stream"))),
                id,
                String.valueOf(fields.get(EVENT)),
                String.valueOf(fields.get(REPLAY_FOR)));
        return replayed == null ? Optional.empty() : Optional.of(view(found.get(0)));
    }

    static boolean isEntryId(String id) {
        return id != null && ENTRY_ID.matcher(id).matches();
    }

    private DeadLetter view(MapRecord<String, Object, Object> entry) {
        Map<Object, Object> f = entry.getValue();
        EventEnvelope event = null;
        try {
            event = json.readValue(String.valueOf(f.get(EVENT)), EventEnvelope.class);
        } catch (JacksonException unreadable) {
            // shown with what the dead letter itself says
        }
        return new DeadLetter(
                entry.getId().getValue(),
                String.valueOf(f.get("stream")),
                String.valueOf(f.get(REPLAY_FOR)),
                String.valueOf(f.get("sourceId")),
                event == null ? null : event.eventId(),
                event == null ? null : event.type(),
                event == null ? null : event.schemaVersion(),
                event == null ? null : event.aggregateId(),
                event == null ? null : event.occurredAt(),
                Long.parseLong(String.valueOf(f.get("deliveries"))),
                Instant.parse(String.valueOf(f.get("failedAt"))),
                String.valueOf(f.get("error")));
    }

    /** Class and message only (no stack, no payload), shortened: the letter is kept until replayed. */
    static String describe(Throwable error) {
        String text = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
