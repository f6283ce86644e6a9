package org.botserver.domain.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Diagnostic;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.ProgramLibrary;

/**
 * A bot's compiled dialogs: the live version of each, the sources that failed to compile (whose last good version
 * stays live), and the replaced versions still kept for conversations that wait in them (in memory for a while, and
 * in the archive beyond that). Immutable: a revision gives a new set, and only the dialogs whose source changed are
 * compiled again.
 */
final class Dialogs implements ProgramLibrary {

    private record Live(SourceFile source, Program program) {
    }

    private record Broken(SourceFile source, List<String> problems) {
    }

    private record Retired(Program program, Instant at) {
    }

    static final Dialogs NONE = new Dialogs(Map.of(), Map.of(), List.of(), DialogArchive.NONE);

    private final Map<String, Live> live;
    private final Map<String, Broken> broken;
    private final List<Retired> retired;
    private final DialogArchive archive;

    private Dialogs(Map<String, Live> live, Map<String, Broken> broken, List<Retired> retired, DialogArchive archive) {
        this.live = Map.copyOf(live);
        this.broken = Map.copyOf(broken);
        this.retired = List.copyOf(retired);
        this.archive = archive;
    }

    /** The same dialogs, looking versions they no longer keep up in this archive. */
    Dialogs withArchive(DialogArchive archive) {
        return new Dialogs(live, broken, retired, Objects.requireNonNull(archive, "archive"));
    }

    /** These sources made live: unchanged ones keep their program, changed ones compile, removed ones retire. */
    Dialogs revise(List<SourceFile> sources, Instant now, DialogRetention retention) {
        Map<String, Live> nextLive = new LinkedHashMap<>();
        Map<String, Broken> nextBroken = new HashMap<>();
        List<Retired> nextRetired = new ArrayList<>(retired);
        for (SourceFile source : sources) {
            String name = stem(source.name());
            Live current = live.get(name);
            Broken failing = broken.get(name);
            if (current != null && current.source().equals(source)) {
                nextLive.put(name, current);
            } else if (failing != null && failing.source().equals(source)) {
                nextBroken.put(name, failing);
                if (current != null) nextLive.put(name, current);
            } else {
                switch (BasicCompiler.compile(source)) {
                    case CompileResult.Compiled(Program program) -> nextLive.put(name, new Live(source, program));
                    case CompileResult.Failed(List<Diagnostic> diagnostics) -> {
                        nextBroken.put(name, new Broken(source, diagnostics.stream().map(Diagnostic::format).toList()));
                        if (current != null) nextLive.put(name, current);
                    }
                }
            }
        }
        if (!nextLive.containsKey(Bot.START_DIALOG) && live.containsKey(Bot.START_DIALOG)) {
            // A package that lost its start dialog still needs one to greet new users: the last good one.
            nextLive.put(Bot.START_DIALOG, live.get(Bot.START_DIALOG));
        }
        live.forEach((name, old) -> {
            Live kept = nextLive.get(name);
            if (kept == null || kept.program() != old.program()) nextRetired.add(new Retired(old.program(), now));
        });
        return new Dialogs(nextLive, nextBroken, prune(nextRetired, now, retention), archive);
    }

    private static List<Retired> prune(List<Retired> all, Instant now, DialogRetention retention) {
        Map<String, List<Retired>> byName = new HashMap<>();
        all.stream().filter(r -> !r.at().plus(retention.keepFor()).isBefore(now))
                .sorted(Comparator.comparing(Retired::at).reversed())
                .forEach(r -> byName.computeIfAbsent(r.program().name(), n -> new ArrayList<>()).add(r));
        List<Retired> kept = new ArrayList<>();
        byName.values().forEach(versions -> kept.addAll(versions.subList(0, Math.min(versions.size(), retention.versionsPerDialog()))));
        return kept;
    }

    @Override
    public Optional<Program> find(String name) {
        return Optional.ofNullable(live.get(name)).map(Live::program);
    }

    /** The live version when it matches, else a replaced version kept in memory, else one from the archive. */
    @Override
    public Optional<Program> find(String name, String version) {
        Optional<Program> current = find(name).filter(p -> p.version().equals(version));
        if (current.isPresent()) return current;
        return retired.stream().map(Retired::program)
                .filter(p -> p.name().equals(name) && p.version().equals(version)).findFirst()
                .or(() -> archive.find(name, version).filter(p -> p.name().equals(name) && p.version().equals(version)));
    }

    /** The live version of each dialog with the source it was compiled from, ordered by name. */
    List<DialogVersion> liveVersions() {
        return live.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new DialogVersion(e.getKey(), e.getValue().program().version(), e.getValue().source())).toList();
    }

    /** The live programs, ordered by name. */
    List<Program> programs() {
        return live.values().stream().map(Live::program).sorted(Comparator.comparing(Program::name)).toList();
    }

    /** Compile errors of the sources that did not compile, each marked when an older version stays live. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        broken.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (live.containsKey(e.getKey())) {
                problems.add(e.getValue().source().name() + " does not compile; its last good version stays live.");
            }
            problems.addAll(e.getValue().problems());
        });
        return problems;
    }

    int retiredVersions() { return retired.size(); }

    /** "hello.gbdialog/start.bas" is the dialog "start", as the compiler names it. */
    private static String stem(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
