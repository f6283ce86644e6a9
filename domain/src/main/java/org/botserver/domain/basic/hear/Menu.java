package org.botserver.domain.basic.hear;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.botserver.domain.basic.value.TextValue;

/** The options of HEAR var AS "A", "B", "C", and the rules, tried in order, that pick one from an answer. */
record Menu(List<String> choices) {

    Menu {
        if (choices == null || choices.isEmpty()) throw new IllegalArgumentException("A menu needs at least one option");
        choices = List.copyOf(choices);
    }

    static Menu of(List<String> choices) {
        return new Menu(choices);
    }

    HearCheck choose(String input) {
        String answer = input == null ? "" : input.strip();
        if (answer.isEmpty()) return rejected("");
        String folded = Folding.fold(answer);
        Optional<String> picked = first(c -> c.strip().equals(answer))
                .or(() -> first(c -> c.strip().equalsIgnoreCase(answer)))
                .or(() -> first(c -> Folding.fold(c).equals(folded)))
                .or(() -> byNumber(answer));
        if (picked.isPresent()) return new HearCheck.Accepted(new TextValue(picked.get()));
        List<String> prefixed = choices.stream().filter(c -> Folding.fold(c).startsWith(folded)).toList();
        if (prefixed.size() == 1) return new HearCheck.Accepted(new TextValue(prefixed.getFirst()));
        if (prefixed.size() > 1) {
            return new HearCheck.Rejected("\"" + answer + "\" matches more than one option (" + String.join(", ", prefixed)
                    + "). " + options());
        }
        return rejected(answer);
    }

    private Optional<String> first(Predicate<String> rule) {
        return choices.stream().filter(rule).findFirst();
    }

    /** "2" picks the second option, unless options are numbers themselves: then "2" must be one of them. */
    private Optional<String> byNumber(String answer) {
        if (!answer.matches("\\d{1,9}") || choices.stream().anyMatch(c -> c.strip().matches("[+-]?[\\d.,]+"))) {
            return Optional.empty();
        }
        int index = Integer.parseInt(answer);
        return index >= 1 && index <= choices.size() ? Optional.of(choices.get(index - 1)) : Optional.empty();
    }

    private HearCheck rejected(String answer) {
        String lead = answer.isEmpty() ? "" : "\"" + answer + "\" is not one of the options. ";
        return new HearCheck.Rejected(lead + options());
    }

    private String options() {
        return IntStream.range(0, choices.size())
                .mapToObj(i -> (i + 1) + ". " + choices.get(i))
                .collect(Collectors.joining(", ", "Please choose one of: ", "."));
    }
}
