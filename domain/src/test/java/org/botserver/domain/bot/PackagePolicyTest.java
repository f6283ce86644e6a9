package org.botserver.domain.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackagePolicyTest {

    private static final BotId HELLO = new BotId("hello");
    private static final PackageLimits LIMITS = new PackageLimits(1000, 100, 50, 3, 100);

    private static PackageFile file(String path, long size) {
        return new PackageFile(new PackagePath(path), size);
    }

    private static List<String> breaches(PackageFile... files) {
        return PackagePolicy.breaches(HELLO, List.of(files), LIMITS);
    }

    @Test
    void a_well_formed_package_breaks_no_rule() {
        assertEquals(List.of(), breaches(file("hello.gbdialog/start.bas", 40), file("hello.gbot/config.csv", 90),
                file("hello.gbkb/faq/a.md", 100)));
    }

    @Test
    void folders_named_after_another_bot_are_refused() {
        assertEquals(List.of("other.gbdialog does not match the bot: in hello.gbai it must be hello.gbdialog."),
                breaches(file("other.gbdialog/start.bas", 10)));
    }

    @Test
    void unknown_folders_and_loose_files_are_refused() {
        List<String> problems = breaches(file("scripts/x.bas", 1), file("README.md", 1));

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("scripts is not a package folder; use hello.gbdialog, hello.gbkb"), problems.get(0));
        assertTrue(problems.get(1).startsWith("README.md is outside the package folders"), problems.get(1));
    }

    @Test
    void a_file_over_the_file_limit_is_refused() {
        assertEquals(List.of("hello.gbkb/big.pdf is larger than 100 bytes."), breaches(file("hello.gbkb/big.pdf", 101)));
    }

    @Test
    void a_dialog_has_its_own_smaller_limit() {
        assertEquals(List.of("The dialog hello.gbdialog/start.bas is larger than 50 bytes."),
                breaches(file("hello.gbdialog/start.bas", 51)));
    }

    @Test
    void the_whole_package_and_its_file_count_are_limited() {
        List<String> problems = breaches(file("hello.gbkb/a", 100), file("hello.gbkb/b", 100), file("hello.gbkb/c", 100),
                file("hello.gbkb/d", 100));

        assertEquals(List.of("The package has more than 3 files."), problems);
        assertEquals(List.of("The package is larger than 99 bytes."), PackagePolicy.breaches(HELLO,
                List.of(file("hello.gbkb/a", 100)), new PackageLimits(99, 100, 50, 3, 100)));
    }

    @Test
    void every_rule_has_a_name() {
        assertTrue(PackagePolicy.allCurrentPolicies().stream().noneMatch(p -> p.name().isBlank()));
    }
}
