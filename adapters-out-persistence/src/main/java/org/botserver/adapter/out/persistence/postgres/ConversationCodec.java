package org.botserver.adapter.out.persistence.postgres;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import static java.nio.charset.StandardCharsets.UTF_8;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.SessionSettings;

/**
 * A conversation as the text the shared cache keeps: a format byte, then its fields in binary, in Base64. A copy
 * written in another format (an older or newer server) reads as absent, so the database is asked instead.
 */
final class ConversationCodec {

    private static final int FORMAT = 1;

    private ConversationCodec() {}

    static String encode(Conversation c) {
        var bytes = new ByteArrayOutputStream(256 + c.dialogState().length);
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeLong(c.id().value().getMostSignificantBits());
            out.writeLong(c.id().value().getLeastSignificantBits());
            out.writeUTF(c.botId().value());
            out.writeUTF(c.userId());
            out.writeUTF(c.status().name());
            out.writeInt(c.dialogState().length);
            out.write(c.dialogState());
            writeInstant(out, c.startedAt());
            writeInstant(out, c.updatedAt());
            out.writeLong(c.version());
            writeTexts(out, c.session().tools());
            out.writeBoolean(c.session().context().isPresent());
            if (c.session().context().isPresent()) writeLongText(out, c.session().context().get());
            writeTexts(out, c.session().knowledgeBases());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static Optional<Conversation> decode(String text) {
        try (var in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            if (in.readByte() != FORMAT) return Optional.empty();
            var id = new ConversationId(new UUID(in.readLong(), in.readLong()));
            var bot = new BotId(in.readUTF());
            String user = in.readUTF();
            ConversationStatus status = ConversationStatus.valueOf(in.readUTF());
            byte[] state = in.readNBytes(in.readInt());
            Instant startedAt = readInstant(in);
            Instant updatedAt = readInstant(in);
            long version = in.readLong();
            List<String> tools = readTexts(in);
            Optional<String> context = in.readBoolean() ? Optional.of(readLongText(in)) : Optional.empty();
            List<String> knowledgeBases = readTexts(in);
            return Optional.of(Conversation.restore(id, bot, user, status, state, startedAt, updatedAt, version,
                    new SessionSettings(tools, context, knowledgeBases)));
        } catch (IOException | RuntimeException e) {
            // A damaged or foreign copy is no copy: the caller reads the database.
            return Optional.empty();
        }
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void writeTexts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) writeLongText(out, text);
    }

    private static List<String> readTexts(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) texts.add(readLongText(in));
        return texts;
    }

    /** writeUTF stops at 64 KiB; a SET CONTEXT text may be longer. */
    private static void writeLongText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readLongText(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), UTF_8);
    }
}
