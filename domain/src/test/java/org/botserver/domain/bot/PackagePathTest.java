package org.botserver.domain.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackagePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "hello.gbdialog/../../x", "/etc/passwd", "hello.gbdialog\\start.bas",
            "C:/boot.ini", "hello.gbdialog//start.bas", "hello.gbdialog/./start.bas", "a\u0000b", "", "hello.gbdialog/"})
    void paths_that_could_leave_the_package_are_refused(String path) {
        assertFalse(PackagePath.isValid(path), path);
        assertThrows(IllegalArgumentException.class, () -> new PackagePath(path));
    }

    @Test
    void a_path_knows_its_top_folder_and_file_name() {
        PackagePath path = new PackagePath("hello.gbkb/faq/prices.md");

        assertEquals("hello.gbkb", path.topFolder());
        assertEquals("faq/prices.md", path.belowTopFolder());
        assertEquals("prices.md", path.fileName());
        assertFalse(path.atTop());
        assertTrue(new PackagePath("README.md").atTop());
    }

    @Test
    void the_refusal_names_the_offending_segment() {
        assertEquals("'a/../b' leaves its folder ('..').", PackagePath.problemWith("a/../b"));
    }
}
