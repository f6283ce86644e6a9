package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackageLimits;
import org.junit.jupiter.api.Test;

class ZipUploadTest {

    private static final PackageLimits LIMITS = new PackageLimits(64 * 1024, 16 * 1024, 8 * 1024, 10, 100);

    private static ZipUpload.Unpacked unpack(byte[] zip) {
        return ZipUpload.unpack(new ByteArrayInputStream(zip), LIMITS);
    }

    private static List<String> refusal(byte[] zip) {
        return assertInstanceOf(ZipUpload.Unpacked.Refused.class, unpack(zip)).problems();
    }

    @Test
    void a_zip_with_one_gbai_folder_unpacks_to_the_bots_files() {
        var unpacked = assertInstanceOf(ZipUpload.Unpacked.Package.class,
                unpack(Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK 1", "shop.gbai/shop.gbot/config.csv", "a,b")));

        assertEquals(new BotId("shop"), unpacked.bot());
        assertEquals(List.of("shop.gbdialog/start.bas", "shop.gbot/config.csv"),
                unpacked.files().keySet().stream().map(Object::toString).toList());
    }

    @Test
    void bytes_that_are_not_a_zip_are_refused() {
        assertEquals(List.of("The upload is not a zip file."), refusal("PK? not really".getBytes()));
    }

    @Test
    void an_entry_climbing_out_of_the_package_is_refused() {
        List<String> problems = refusal(Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK 1", "shop.gbai/../../etc/cron.d/x", "boom"));

        assertEquals(List.of("The zip's entry 'shop.gbai/../../etc/cron.d/x' leaves its folder ('..')."), problems);
    }

    @Test
    void an_absolute_entry_is_refused() {
        assertTrue(refusal(Zips.zip("/etc/passwd", "x")).getFirst().contains("is an absolute path"));
    }

    @Test
    void a_symbolic_link_is_refused() {
        byte[] zip = Zips.withSymlink(Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK 1",
                "shop.gbai/shop.gbdrive/passwd", "/etc/passwd"), "shop.gbai/shop.gbdrive/passwd");

        assertEquals(List.of("shop.gbai/shop.gbdrive/passwd is a symbolic link; a package may not hold links."), refusal(zip));
    }

    @Test
    void a_zip_without_exactly_one_gbai_folder_is_refused() {
        assertTrue(refusal(Zips.zip("shop.gbdialog/start.bas", "TALK 1")).getFirst()
                .startsWith("The zip must hold exactly one folder named <bot>.gbai"));
        assertTrue(refusal(Zips.zip("a.gbai/a.gbdialog/start.bas", "1", "b.gbai/b.gbdialog/start.bas", "2")).getFirst()
                .endsWith("it holds a.gbai, b.gbai."));
    }

    @Test
    void a_file_over_the_file_limit_is_refused_while_inflating() {
        String big = "x".repeat(16 * 1024 + 1);

        assertEquals(List.of("shop.gbkb/big.txt is larger than 16 KB."),
                refusal(Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK 1", "shop.gbai/shop.gbkb/big.txt", big)));
    }

    @Test
    void a_zip_bomb_is_refused_by_its_expansion_ratio() {
        PackageLimits roomy = new PackageLimits(PackageLimits.MIB * 100, PackageLimits.MIB * 100, PackageLimits.MIB, 10, 100);
        byte[] bomb = Zips.zip(new String[] {"shop.gbai/shop.gbkb/zeros.bin"}, new byte[][] {new byte[20 * 1024 * 1024]});

        var refused = assertInstanceOf(ZipUpload.Unpacked.Refused.class, ZipUpload.unpack(new ByteArrayInputStream(bomb), roomy));
        assertEquals(List.of("The zip expands more than 100 times its size, like a zip bomb; it was not unpacked."), refused.problems());
    }

    @Test
    void too_many_entries_are_refused_before_unpacking() {
        String[] names = new String[11];
        byte[][] contents = new byte[11][];
        for (int i = 0; i < names.length; i++) {
            names[i] = "shop.gbai/shop.gbkb/f" + i;
            contents[i] = new byte[] {1};
        }
        assertEquals(List.of("The zip has more than 10 entries."), refusal(Zips.zip(names, contents)));
    }

    @Test
    void an_upload_over_the_package_limit_is_refused_without_reading_it_all() {
        byte[] random = new byte[64 * 1024 + 10];
        new java.util.Random(1).nextBytes(random);

        assertEquals(List.of("The upload is larger than 64 KB."), refusal(random));
    }
}
