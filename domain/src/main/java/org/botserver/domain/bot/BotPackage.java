package org.botserver.domain.bot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Diagnostic;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.SourceFile;
import org.jmolecules.ddd.annotation.ValueObject;

/** A bot as it is shipped: its id, its name and the BASIC source of its dialogs ({@code *.gbdialog/*.bas}). */
@ValueObject
public record BotPackage(BotId id, String name, List<SourceFile> dialogs) {

    public BotPackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        dialogs = List.copyOf(dialogs);
    }

    /** Compiles every dialog; the bot is loaded only when all of them compile and a start dialog exists. */
    public BotLoad compile() {
        Map<String, Program> programs = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (SourceFile source : dialogs) {
            switch (BasicCompiler.compile(source)) {
                case CompileResult.Compiled(Program program) -> programs.put(program.name(), program);
                case CompileResult.Failed(List<Diagnostic> diagnostics) ->
                        diagnostics.forEach(d -> problems.add(d.format()));
            }
        }
        if (!programs.containsKey(Bot.START_DIALOG) && problems.isEmpty()) {
            problems.add("The package has no " + Bot.START_DIALOG + ".bas dialog.");
        }
        return problems.isEmpty()
                ? new BotLoad.Loaded(new Bot(id, name, programs))
                : new BotLoad.Rejected(id, problems);
    }
}
