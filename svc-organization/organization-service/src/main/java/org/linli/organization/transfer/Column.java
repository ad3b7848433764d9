package org.linli.organization.transfer;

/** A column of an import or export sheet, under the header staff see in Excel. */
public enum Column {
    COMPOUND("小区", 100),
    BUILDING("楼栋", 100),
    UNIT("单元", 100),
    ROOM("房号", 20),
    FLOOR_AREA("面积(㎡)", 20),
    NAME("姓名", 50),
    ID_NUMBER("身份证号", 20),
    PHONE("手机号", 20),
    RELATION("关系", 10),
    PARTY_ORG("党组织", 100),
    CATEGORY("类别", 10),
    POSITION("职务", 10),
    EMPLOYER("工作单位", 100),
    EMPLOYER_PARTY_ORG("单位党组织", 100);

    private final String header;
    private final int maxLength;

    Column(String header, int maxLength) {
        this.header = header;
        this.maxLength = maxLength;
    }

    public String header() {
        return header;
    }

    int maxLength() {
        return maxLength;
    }
}
