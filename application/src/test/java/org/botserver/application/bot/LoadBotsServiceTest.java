package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.junit.jupiter.api.Test;

class LoadBotsServiceTest {

    /** Packages held in a map; a package mapped to null cannot be read. */
    private record MapSource(Map<String, List<SourceFile>> packages) implements BotPackageSource {
        @Override public List<BotId> list() { return packages.keySet().stream().sorted().map(BotId::new).toList(); }

        @Override public BotPackage read(BotId id) {
            List<SourceFile> files = packages.get(id.value());
            if (files == null) throw new UncheckedIOException(new java.io.IOException("disk on fire"));
            return new BotPackage(id, id.value(), files);
        }
    }

    private static SourceFile file(String name, String text) { return new SourceFile(name, text); }

    @Test
    void every_package_that_compiles_becomes_a_bot_with_its_dialogs() {
        LoadedBots loaded = new LoadBotsService(new MapSource(Map.of(
                "hello", List.of(file("hello.gbdialog/start.bas", TestBots.HELLO),
                        file("hello.gbdialog/bye.bas", "TALK \"Bye\""))))).load();

        Bot hello = loaded.find(new BotId("hello")).orElseThrow();
        assertEquals(java.util.Set.of("start", "bye"), hello.dialogNames());
        assertTrue(loaded.rejected().isEmpty());
    }

    @Test
    void a_broken_package_is_refused_with_its_compile_errors_and_the_others_still_load() {
        java.util.HashMap<String, List<SourceFile>> packages = new java.util.HashMap<>();
        packages.put("good", List.of(file("good.gbdialog/start.bas", "TALK \"hi\"")));
        packages.put("broken", List.of(file("broken.gbdialog/start.bas", "IF x THEN\nTALK \"never closed\"")));
        packages.put("empty", List.of());
        packages.put("unreadable", null);

        LoadedBots loaded = new LoadBotsService(new MapSource(packages)).load();

        assertEquals(List.of(new BotId("good")), loaded.all().stream().map(Bot::id).toList());
        Map<BotId, List<String>> problems = loaded.rejected().stream()
                .collect(java.util.stream.Collectors.toMap(BotLoad.Rejected::id, BotLoad.Rejected::problems));
        assertTrue(problems.get(new BotId("broken")).getFirst().startsWith("broken.gbdialog/start.bas:"),
                problems.toString());
        assertEquals(List.of("The package has no start.bas dialog."), problems.get(new BotId("empty")));
        assertTrue(problems.get(new BotId("unreadable")).getFirst().contains("disk on fire"));
    }
}
