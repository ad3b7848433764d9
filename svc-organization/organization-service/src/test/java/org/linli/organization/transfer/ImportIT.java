package org.linli.organization.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.Uploads;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@Import(RegistryFixtures.class)
class ImportIT extends AbstractIT {

    @Autowired
    JdbcTemplate jdbc;

    private Response upload(Tree tree, String dataset, String fileName, byte[] content) {
        return Uploads.upload(
                http(),
                "/api/org/units/" + tree.community().id() + "/imports/" + dataset,
                tree.communityAdmin(),
                fileName,
                content);
    }

    private int households(Tree tree) {
        return count(
                "SELECT COUNT(*) FROM household WHERE path LIKE CONCAT(?, '%')",
                tree.community().path());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** The errors of a 422 as (line, column, message) tuples, in the order reported. */
    private static List<Tuple> errors(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        JsonNode errors = response.json().get("errors");
        List<Tuple> found = new ArrayList<>();
        errors.forEach(e -> found.add(tuple(
                e.get("line").asInt(),
                e.get("column").isNull() ? null : e.get("column").asString(),
                e.get("message").asString())));
        return found;
    }

    @Nested
    class Households {

        @Test
        void aValidCsvCreatesTheHouseholdsAndTheBuildingsItNames() {
            Tree tree = fixtures.tree(1);
            String compound = tree.compound().name();
            Response imported = upload(
                    tree,
                    "households",
                    "房屋.csv",
                    Uploads.csv(
                            "小区,楼栋,单元,房号,面积(㎡)",
                            compound + "," + tree.building().name() + ",1单元,102,89.5",
                            compound + ",新8栋,1单元,101,120",
                            compound + ",新8栋,2单元,201,76.25"));

            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(imported.json().get("households").asInt()).isEqualTo(3);
            assertThat(imported.json().get("buildingsCreated").asInt()).isEqualTo(1);
            assertThat(imported.json().get("unitsCreated").asInt()).isEqualTo(2);
            assertThat(households(tree)).isEqualTo(4);
            assertThat(jdbc.queryForObject(
                            "SELECT h.floor_area FROM household h JOIN org_unit u ON u.id = h.unit_id"
                                    + " WHERE u.name = '2单元' AND h.path LIKE CONCAT(?, '%')",
                            BigDecimal.class, tree.compound().path()))
                    .isEqualByComparingTo("76.25");
        }

        @Test
        void anXlsxSheetImportsLikeACsv() {
            Tree tree = fixtures.tree(0);
            Response imported = upload(
                    tree,
                    "households",
                    "房屋.xlsx",
                    Uploads.xlsx(List.of(
                            List.of("房号", "小区", "楼栋", "单元", "面积(㎡)", "备注"),
                            List.of(
                                    "301",
                                    tree.compound().name(),
                                    tree.building().name(),
                                    "1单元",
                                    "95",
                                    "列顺序不同"),
                            List.of("", "", "", "", "", ""),
                            List.of(
                                    "302",
                                    tree.compound().name(),
                                    tree.building().name(),
                                    "1单元",
                                    "95.5",
                                    ""))));

            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(imported.json().get("households").asInt()).isEqualTo(2);
            assertThat(households(tree)).isEqualTo(2);
        }

        @Test
        void aFileWithBadRowsWritesNothingAndNamesEachBadRow() {
            Tree tree = fixtures.tree(1);
            String c = tree.compound().name();
            String b = tree.building().name();
            int unitsBefore = count(
                    "SELECT COUNT(*) FROM org_unit WHERE path LIKE CONCAT(?, '%')",
                    tree.community().path());

            Response refused = upload(
                    tree,
                    "households",
                    "房屋.csv",
                    Uploads.csv(
                            "小区,楼栋,单元,房号,面积(㎡)",
                            c + ",新9栋,1单元,101,88",
                            c + "," + b + ",1单元,102,",
                            c + "," + b + ",1单元,103,-5",
                            c + ",新9栋,1单元,101,90",
                            c + "," + b + ",1单元,101,88",
                            "不存在的小区," + b + ",1单元,104,88",
                            c + "," + b + ",1单元,105,八十"));

            assertThat(errors(refused))
                    .containsExactly(
                            tuple(3, "面积(㎡)", "is required"),
                            tuple(4, "面积(㎡)", "must be more than 0 and at most 100000 ㎡"),
                            tuple(5, "房号", "this room is already listed on line 2"),
                            tuple(6, "房号", "this room is already registered"),
                            tuple(7, "小区", "no compound of this name in the area you import into"),
                            tuple(8, "面积(㎡)", "must be a number of square metres, such as 89.5"));
            assertThat(refused.json().get("code").asString()).isEqualTo("import.invalid-rows");
            assertThat(refused.json().get("detail").asString())
                    .isEqualTo("6 rows need correcting; nothing was imported.");
            assertThat(households(tree)).isEqualTo(1);
            assertThat(count(
                            "SELECT COUNT(*) FROM org_unit WHERE path LIKE CONCAT(?, '%')",
                            tree.community().path()))
                    .as("the new building of line 2 was not created")
                    .isEqualTo(unitsBefore);
        }

        @Test
        void aMissingColumnIsReportedOnTheHeaderLine() {
            Tree tree = fixtures.tree(0);
            Response refused = upload(tree, "households", "房屋.csv", Uploads.csv("小区,楼栋,房号,面积", "x,y,101,88"));

            assertThat(errors(refused))
                    .containsExactly(
                            tuple(1, "单元", "column is missing from the header row"),
                            tuple(1, "面积(㎡)", "column is missing from the header row"));
        }

        @Test
        void aFileOverTheRowLimitIsRefusedWhole() {
            Tree tree = fixtures.tree(0);
            String[] lines = new String[50_002];
            lines[0] = "小区,楼栋,单元,房号,面积(㎡)";
            for (int i = 1; i < lines.length; i++) {
                lines[i] = tree.compound().name() + ",1栋,1单元," + i + ",80";
            }
            Response refused = upload(tree, "households", "房屋.csv", Uploads.csv(lines));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("import.too-many-rows");
            assertThat(households(tree)).isZero();
        }

        @Test
        void anotherCommunityIsNotFoundAndAGridWorkerMayNotImportHouseholds() {
            Tree mine = fixtures.tree(0);
            Tree theirs = fixtures.tree(0);
            byte[] file = Uploads.csv("小区,楼栋,单元,房号,面积(㎡)", theirs.compound().name() + ",1栋,1单元,101,80");

            Response outside = Uploads.upload(
                    http(),
                    "/api/org/units/" + theirs.community().id() + "/imports/households",
                    mine.communityAdmin(),
                    "f.csv",
                    file);
            assertThat(outside.status()).isEqualTo(404);
            Response gridWorker = Uploads.upload(
                    http(),
                    "/api/org/units/" + theirs.community().id() + "/imports/households",
                    TestTokens.staff(
                            Role.GRID_WORKER,
                            theirs.community().id(),
                            theirs.community().path()),
                    "f.csv",
                    file);
            assertThat(gridWorker.status()).isEqualTo(403);
            assertThat(households(theirs)).isZero();
        }
    }

    @Nested
    class Residents {

        @Test
        void residentsAreTiedToTheirHouseholdsWithTheirDetailsEncrypted() {
            Tree tree = fixtures.tree(2);
            String where = tree.compound().name() + "," + tree.building().name() + ",1单元,";
            String owner = IdNumbers.next();
            Response imported = upload(
                    tree,
                    "residents",
                    "居民.csv",
                    Uploads.csv(
                            "小区,楼栋,单元,房号,姓名,身份证号,手机号,关系",
                            where + "101,王建国," + owner + ",13800001111,业主",
                            where + "101,王小丽," + IdNumbers.next() + ",,家庭成员",
                            where + "102,王建国," + owner + ",13800001111,业主"));

            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(imported.json().get("residents").asInt()).isEqualTo(3);
            assertThat(imported.json().get("households").asInt()).isEqualTo(2);
            assertThat(count(
                            "SELECT COUNT(DISTINCT person_id) FROM household_tie WHERE household_id IN (?, ?)",
                            tree.households()[0],
                            tree.households()[1]))
                    .as("the owner of two flats is one person")
                    .isEqualTo(2);
            assertThat(count(
                            "SELECT COUNT(*) FROM person WHERE name_cipher LIKE '%王建国%' OR id_number_cipher = ?",
                            owner))
                    .isZero();
        }

        @Test
        void aFileWithBadRowsWritesNothingAndNamesEachBadRow() {
            Tree tree = fixtures.tree(1);
            String where = tree.compound().name() + "," + tree.building().name() + ",1单元,";
            String valid = IdNumbers.next();
            String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
            String twice = IdNumbers.next();
            int peopleBefore = count("SELECT COUNT(*) FROM person");
            int tiesBefore = count("SELECT COUNT(*) FROM household_tie");

            Response refused = upload(
                    tree,
                    "residents",
                    "居民.csv",
                    Uploads.csv(
                            "小区,楼栋,单元,房号,姓名,身份证号,手机号,关系",
                            where + "101,李明," + valid + ",13800001111,业主",
                            where + "101,李强," + wrongCheck + ",,家庭成员",
                            where + "101,李红," + IdNumbers.next() + ",1380000,家庭成员",
                            where + "101,李刚," + IdNumbers.next() + ",,房东",
                            where + "999,赵六," + IdNumbers.next() + ",,租户",
                            where + "101,张三," + twice + ",,租户",
                            where + "101,张三," + twice + ",,租户",
                            where + "101,," + IdNumbers.next() + ",,租户"));

            assertThat(errors(refused))
                    .containsExactly(
                            tuple(3, "身份证号", "has a wrong check character (typo?)"),
                            tuple(4, "手机号", "must be an 11-digit mobile number such as 13812345678"),
                            tuple(5, "关系", "must be one of 业主/家庭成员/租户, not '房东'"),
                            tuple(6, "房号", "no such household registered; import the households first"),
                            tuple(8, "身份证号", "this person is already listed for this room on line 7"),
                            tuple(9, "姓名", "is required"));
            assertThat(count("SELECT COUNT(*) FROM person")).isEqualTo(peopleBefore);
            assertThat(count("SELECT COUNT(*) FROM household_tie")).isEqualTo(tiesBefore);
        }
    }

    @Nested
    class PartyMembers {

        @Test
        void membersAreEnrolledInTheOrganisationTheyName() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            Response imported = upload(
                    tree,
                    "party-members",
                    "党员.csv",
                    Uploads.csv(
                            "姓名,身份证号,手机号,党组织,类别,职务,工作单位,单位党组织",
                            "陈书记," + IdNumbers.next() + ",13900001111,小区党支部,居民,书记,,",
                            "刘在职," + IdNumbers.next() + ",," + branch.id() + ",在职,,区税务局,区税务局机关党委"));

            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(imported.json().get("partyMembers").asInt()).isEqualTo(2);
            assertThat(jdbc.queryForList(
                            "SELECT CONCAT(category, ':', position, ':', COALESCE(employer, '-'))"
                                    + " FROM party_member WHERE party_org_id = ? ORDER BY id",
                            String.class,
                            branch.id()))
                    .containsExactly("RESIDENT:SECRETARY:-", "IN_SERVICE:MEMBER:区税务局");
        }

        @Test
        void aFileWithBadRowsWritesNothingAndNamesEachBadRow() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            String already = IdNumbers.next();
            fixtures.memberWithIdNumber(branch, "老党员", already);
            String namedOtherwise = IdNumbers.next();
            fixtures.memberWithIdNumber(branch, "己某", namedOtherwise);
            int membersBefore = count("SELECT COUNT(*) FROM party_member");

            Response refused = upload(
                    tree,
                    "party-members",
                    "党员.csv",
                    Uploads.csv(
                            "姓名,身份证号,手机号,党组织,类别,职务,工作单位,单位党组织",
                            "甲," + IdNumbers.next() + ",,小区党支部,居民,,,",
                            "乙," + IdNumbers.next() + ",,不存在的支部,居民,,,",
                            "丙," + IdNumbers.next() + ",,小区党支部,在职,,,",
                            "老党员," + already + ",,小区党支部,离退休,,,",
                            "戊," + IdNumbers.next() + ",,小区党支部,学生,主任,,",
                            "己," + namedOtherwise + ",,小区党支部,居民,,,"));

            assertThat(errors(refused))
                    .containsExactly(
                            tuple(3, "党组织", "no party organisation of this name or id in the area you import into"),
                            tuple(4, "工作单位", "is required for an in-service (在职) member"),
                            tuple(4, "单位党组织", "is required for an in-service (在职) member"),
                            tuple(5, "身份证号", "this person is already registered as a party member"),
                            tuple(6, "类别", "must be one of 居民/在职/离退休/流动, not '学生'"),
                            tuple(6, "职务", "must be one of 书记/委员/小组长/兼职委员/党员, not '主任'"),
                            tuple(
                                    7,
                                    "姓名",
                                    "this ID number is registered under another name; check the name and the ID number"
                                            + " against the ID card"));
            assertThat(count("SELECT COUNT(*) FROM party_member")).isEqualTo(membersBefore);
        }
    }
}
