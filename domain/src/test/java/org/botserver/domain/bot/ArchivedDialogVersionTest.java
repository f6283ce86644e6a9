package org.botserver.domain.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.ExecutionState;
import org.botserver.domain.basic.runtime.Interpreter;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.runtime.Outcome;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;

/** A bot that no longer holds a replaced dialog version in memory finds it in its archive. */
class ArchivedDialogVersionTest {

    private static final String V1 = "TALK \"Hello from v1\"\nHEAR name\nTALK \"v1 says bye, \" + name";
    private static final String V2 = "TALK \"Hello from v2\"\nHEAR name\nTALK \"v2 says bye, \" + name";

    private static Outcome run(Interpreter interpreter, Outcome outcome, List<String> said) {
        while (outcome instanceof Outcome.Suspended(ExecutionState state, Effect effect) && !(effect instanceof Effect.AwaitInput)) {
            if (effect instanceof Effect.Talk talk) said.add(talk.text());
            outcome = interpreter.resume(state, NullValue.NULL);
        }
        return outcome;
    }

    @Test
    void a_state_saved_by_v1_resumes_on_a_bot_loaded_fresh_with_v2_through_the_archive() {
        Bot before = Packages.loaded(Packages.shop("start", V1));
        Interpreter first = new Interpreter(before.dialogs(), Limits.defaults());
        byte[] saved = assertInstanceOf(Outcome.Suspended.class, run(first, first.start(before.startDialog()), new ArrayList<>()))
                .state().toBytes();
        DialogVersion v1 = before.liveVersions().getFirst();
        DialogArchive archive = (dialog, version) -> dialog.equals(v1.dialog()) && version.equals(v1.version())
                ? Optional.of(((CompileResult.Compiled) BasicCompiler.compile(v1.source())).program()) : Optional.empty();

        Bot restarted = Packages.loaded(Packages.shop("start", V2)).withArchive(archive);
        Interpreter now = new Interpreter(restarted.dialogs(), Limits.defaults());
        List<String> said = new ArrayList<>();
        run(now, now.resume(ExecutionState.fromBytes(saved), new TextValue("Ana")), said);

        assertEquals(List.of("v1 says bye, Ana"), said);
        assertEquals(Map.of("start", v1.version()), ExecutionState.fromBytes(saved).dialogVersions());
    }

    @Test
    void the_archive_is_kept_through_revisions_and_live_versions_name_their_source() {
        Program archived = ((CompileResult.Compiled) BasicCompiler.compile(
                new org.botserver.domain.basic.SourceFile("shop.gbdialog/start.bas", "TALK \"old\""))).program();
        Bot bot = Packages.loaded(Packages.shop("start", V1, "faq", "TALK 1"))
                .withArchive((dialog, version) -> Optional.of(archived));

        Bot revised = bot.revise(Packages.shop("start", V2), Packages.Clock.minutes(1), DialogRetention.defaults());

        assertSame(archived, revised.dialogs().find("start", archived.version()).orElseThrow());
        assertTrue(revised.dialogs().find("start", "0000000000000000").isEmpty(), "a program of another version is not taken");
        assertEquals(List.of("start"), revised.liveVersions().stream().map(DialogVersion::dialog).toList());
        assertEquals(V2, revised.liveVersions().getFirst().source().text());
        assertEquals(revised.startDialog().version(), revised.liveVersions().getFirst().version());
    }
}
