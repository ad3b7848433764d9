package org.linli.organization.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.Uploads;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.platform.core.token.Role;
import org.linli.platform.security.Caller;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@Import(RegistryFixtures.class)
class ExportIT extends AbstractIT {

    private static final String OWNER_ID = IdNumbers.next();

    @Autowired
    RegistryExport registryExport;

    @Autowired
    JdbcTemplate jdbc;

    /** A community with two households, two residents and nothing else. */
    private Tree registry() {
        Tree tree = fixtures.tree(2);
        String where = tree.compound().name() + "," + tree.building().name() + ",1单元,";
        Response imported = Uploads.upload(
                http(),
                "/api/org/units/" + tree.community().id() + "/imports/residents",
                tree.communityAdmin(),
                "居民.csv",
                Uploads.csv(
                        "小区,楼栋,单元,房号,姓名,身份证号,手机号,关系",
                        where + "101,周建华," + OWNER_ID + ",13812345678,业主",
                        where + "102,吴丽," + IdNumbers.next() + ",,租户"));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        return tree;
    }

    private Response export(Tree tree, String dataset, String query, String token) {
        return http().get("/api/org/units/" + tree.community().id() + "/exports/" + dataset + query, token);
    }

    private static OutputStream brokenPipe() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
    }

    /** The newest access-audit entry of the account; fails when there is none. */
    private Map<String, Object> lastAudit(long accountId) {
        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT * FROM access_audit WHERE account_id = ? ORDER BY id DESC LIMIT 1", accountId);
        assertThat(entries).as("an access-audit entry of account " + accountId).isNotEmpty();
        return entries.get(0);
    }

    private int auditCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM access_audit", Integer.class);
    }

    private static Caller adminOf(Tree tree) {
        return new Caller(
                1000 + tree.community().id(),
                null,
                Set.of(Role.COMMUNITY_ADMIN),
                tree.community().id(),
                tree.community().path());
    }

    @Nested
    class Masking {

        @Test
        void personalDataIsMaskedByDefault() {
            Tree tree = registry();
            Response csv = export(tree, "residents", "?format=csv", tree.communityAdmin());

            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.headers().getContentDisposition().getFilename()).endsWith(".csv");
            String[] lines = csv.text().replace("\uFEFF", "").split("\r\n");
            assertThat(lines[0]).isEqualTo("小区,楼栋,单元,房号,姓名,身份证号,手机号,关系");
            assertThat(lines[1])
                    .endsWith("101,周*华," + OWNER_ID.substring(0, 3) + "***********" + OWNER_ID.substring(14)
                            + ",138****5678,业主");
            assertThat(csv.text()).doesNotContain("周建华", OWNER_ID, "13812345678");
        }

        @Test
        void onlyAdministratorsGetUnmaskedDataAndEachSuchExportIsAudited() {
            Tree tree = registry();
            String gridWorker = TestTokens.staff(
                    Role.GRID_WORKER, tree.community().id(), tree.community().path());

            assertThat(export(tree, "residents", "?format=csv&unmasked=true&reason=x", gridWorker)
                            .status())
                    .isEqualTo(403);
            Response unmasked =
                    export(tree, "residents", "?format=csv&unmasked=true&reason=换届选举名单核对", tree.communityAdmin());
            assertThat(unmasked.status()).isEqualTo(200);
            assertThat(unmasked.text()).contains("周建华," + OWNER_ID + ",13812345678,业主");

            // completed before the response ended, so it is there as soon as the client has the file
            Map<String, Object> entry = lastAudit(1000 + tree.community().id());
            assertThat(entry)
                    .containsEntry("action", "EXPORT")
                    .containsEntry("subject", "residents")
                    .containsEntry("role", "COMMUNITY_ADMIN")
                    .containsEntry("scope_path", tree.community().path())
                    .containsEntry("reason", "换届选举名单核对")
                    .containsEntry("row_count", 2)
                    .containsEntry("completed", true);
            assertThat(entry.get("ended_at")).isNotNull();
            assertThat(entry.values().toString()).doesNotContain("周建华", OWNER_ID, "13812345678");
        }

        @Test
        void anUnmaskedExportWithoutAReasonIsRefusedBeforeAnythingIsRead() {
            Tree tree = registry();
            int before = auditCount();

            for (String query : new String[] {"?format=csv&unmasked=true", "?format=csv&unmasked=true&reason="}) {
                Response refused = export(tree, "party-members", query, tree.communityAdmin());
                assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
                assertThat(refused.json().get("code").asString()).isEqualTo("access.reason-required");
                assertThat(refused.json().get("errors").get(0).get("field").asString())
                        .isEqualTo("reason");
            }
            assertThat(auditCount()).isEqualTo(before);
        }

        @Test
        void theEntryIsCommittedBeforeTheFirstByteLeaves() throws IOException {
            Tree tree = registry();
            Caller admin = adminOf(tree);
            List<Map<String, Object>> seenAtFirstByte = new ArrayList<>();
            OutputStream client = new OutputStream() {
                @Override
                public void write(int b) {
                    if (seenAtFirstByte.isEmpty()) {
                        // another connection: only committed rows are visible to it
                        seenAtFirstByte.add(lastAudit(admin.accountId()));
                    }
                }
            };

            registryExport.write(admin, tree.community().path(), Dataset.RESIDENTS, SheetFormat.CSV, "核对", client);

            assertThat(seenAtFirstByte.get(0))
                    .containsEntry("completed", false)
                    .containsEntry("reason", "核对")
                    .containsEntry("ended_at", null);
            assertThat(lastAudit(admin.accountId()))
                    .containsEntry("completed", true)
                    .containsEntry("row_count", 2);
        }

        @Test
        void anUnmaskedExportThatBreaksOffIsAuditedAsIncomplete() {
            Tree tree = registry();
            Caller admin = adminOf(tree);

            // the client's connection is gone by the time the sheet is written out
            assertThatThrownBy(() -> registryExport.write(
                            admin, tree.community().path(), Dataset.RESIDENTS, SheetFormat.CSV, "核对", brokenPipe()))
                    .isInstanceOf(IOException.class);

            assertThat(lastAudit(admin.accountId()))
                    .containsEntry("subject", "residents")
                    .containsEntry("row_count", 2)
                    .containsEntry("completed", false);
        }

        @Test
        void partyMembersAreExportedInTheColumnsTheImportReads() {
            Tree tree = fixtures.tree(0);
            fixtures.memberWithIdNumber(fixtures.compoundBranch(tree), "郑卫国", IdNumbers.next());

            Response csv = export(tree, "party-members", "?format=csv", tree.communityAdmin());

            String[] lines = csv.text().replace("\uFEFF", "").split("\r\n");
            assertThat(lines[0]).isEqualTo("姓名,身份证号,手机号,党组织,类别,职务,工作单位,单位党组织");
            assertThat(lines[1]).startsWith("郑*国,").endsWith(",小区党支部,居民,党员,,");
        }

        @Test
        void anotherCommunityIsNotFound() {
            Tree mine = fixtures.tree(0);
            Tree theirs = registry();
            assertThat(export(theirs, "households", "", mine.communityAdmin()).status())
                    .isEqualTo(404);
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void anUnmaskedExportImportsCleanlyIntoAnotherCommunity() throws IOException {
            Tree source = registry();
            Tree target = fixtures.tree(0);
            fixtures.unit(
                    target.community().id(),
                    OrgUnitKind.COMPOUND,
                    source.compound().name(),
                    null);

            byte[] households = export(source, "households", "?format=xlsx", source.communityAdmin())
                    .raw();
            byte[] residents = export(
                            source, "residents", "?format=xlsx&unmasked=true&reason=迁移", source.communityAdmin())
                    .raw();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(residents))) {
                assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            }

            Response h = Uploads.upload(
                    http(),
                    "/api/org/units/" + target.community().id() + "/imports/households",
                    target.communityAdmin(),
                    "households.xlsx",
                    households);
            assertThat(h.status()).as(h.toString()).isEqualTo(200);
            assertThat(h.json().get("households").asInt()).isEqualTo(2);
            Response r = Uploads.upload(
                    http(),
                    "/api/org/units/" + target.community().id() + "/imports/residents",
                    target.communityAdmin(),
                    "residents.xlsx",
                    residents);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("residents").asInt()).isEqualTo(2);

            String exportedFromSource = export(
                            source, "residents", "?format=csv&unmasked=true&reason=迁移", source.communityAdmin())
                    .text();
            String exportedFromTarget = export(
                            target, "residents", "?format=csv&unmasked=true&reason=迁移", target.communityAdmin())
                    .text();
            assertThat(exportedFromTarget).isEqualTo(exportedFromSource);
            assertThat(new String(
                            export(target, "households", "?format=csv", target.communityAdmin())
                                    .raw(),
                            StandardCharsets.UTF_8))
                    .contains(",1单元,101,88.5");
        }
    }
}
