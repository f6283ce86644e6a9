package org.botserver.domain.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextChunkerTest {

    private static String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
    }

    @Test
    void a_short_text_is_one_chunk() {
        assertEquals(List.of("Opening hours are 9 to 5."), new TextChunker(ChunkingSettings.defaults()).split("  Opening hours are 9 to 5.\n"));
    }

    @Test
    void blank_text_has_no_chunks() {
        assertEquals(List.of(), new TextChunker(ChunkingSettings.defaults()).split(" \n\t\n "));
    }

    @Test
    void chunks_stay_within_the_size_and_never_cut_a_word() {
        String text = words(2000);
        List<String> chunks = new TextChunker(ChunkingSettings.defaults()).split(text);

        assertTrue(chunks.size() > 10);
        for (String chunk : chunks) {
            assertTrue(chunk.length() <= 1000, chunk.length() + " characters");
            assertTrue(chunk.matches("word\\d+( word\\d+)*"), "cut inside a word: " + chunk);
        }
    }

    @Test
    void each_chunk_repeats_about_the_overlap_of_the_previous_one() {
        List<String> chunks = new TextChunker(new ChunkingSettings(200, 50)).split(words(300));

        for (int i = 1; i < chunks.size(); i++) {
            String previous = chunks.get(i - 1);
            String firstWord = chunks.get(i).split(" ")[0];
            int repeated = previous.length() - previous.lastIndexOf(firstWord);
            assertTrue(previous.contains(firstWord), "no overlap before chunk " + i);
            assertTrue(repeated <= 50 && repeated >= 30, repeated + " characters repeated");
        }
    }

    @Test
    void every_word_of_the_text_is_in_some_chunk() {
        String text = words(700);
        String joined = String.join(" ", new TextChunker(new ChunkingSettings(300, 60)).split(text));

        IntStream.range(0, 700).forEach(i -> assertTrue(joined.contains("word" + i + " ") || joined.endsWith("word" + i), "lost word" + i));
    }

    @Test
    void a_heading_in_the_second_half_starts_a_new_chunk_without_overlap() {
        String text = "Intro " + words(25) + "\n# Refunds\nRefunds take five days. " + words(40);
        List<String> chunks = new TextChunker(new ChunkingSettings(300, 60)).split(text);

        assertTrue(chunks.get(1).startsWith("# Refunds"), chunks.get(1));
        assertTrue(chunks.get(0).startsWith("Intro"));
    }

    @Test
    void a_word_longer_than_a_chunk_is_cut() {
        List<String> chunks = new TextChunker(new ChunkingSettings(100, 20)).split("x".repeat(250));

        assertTrue(chunks.stream().allMatch(c -> c.length() <= 100));
        assertTrue(chunks.size() >= 3);
    }

    @Test
    void control_characters_and_runs_of_blank_lines_are_cleaned() {
        assertEquals(List.of("a b\n\nc"), new TextChunker(ChunkingSettings.defaults()).split("a\u0000 \t b\r\n\r\n\n\n c"));
    }

    @Test
    void an_overlap_of_half_the_size_or_more_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ChunkingSettings(100, 50));
        assertThrows(IllegalArgumentException.class, () -> new ChunkingSettings(10, 0));
    }
}
