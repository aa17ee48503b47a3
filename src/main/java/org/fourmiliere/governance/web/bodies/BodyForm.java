package org.fourmiliere.governance.web.bodies;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.BodyCommands;
import org.springframework.format.annotation.DateTimeFormat;

/** The form to create or edit a committee or a team. Members are chosen among workers or given by e-mail. */
public class BodyForm {

    private BodyKind kind = BodyKind.COMMITTEE;
    @BodyCommands.Code
    private String code;
    @BodyCommands.Name
    private String nameFr;
    @BodyCommands.Name
    private String nameEn;
    private boolean permanent = true;
    @BodyCommands.Mandate
    private String mandate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate createdOn;
    private Long coordinatorId;
    private List<Long> memberIds = new ArrayList<>();
    @Size(max = 2000)
    private String memberEmails;

    public BodyKind getKind() { return kind; }
    public void setKind(BodyKind kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isPermanent() { return permanent; }
    public void setPermanent(boolean permanent) { this.permanent = permanent; }
    public String getMandate() { return mandate; }
    public void setMandate(String mandate) { this.mandate = mandate; }
    public LocalDate getCreatedOn() { return createdOn; }
    public void setCreatedOn(LocalDate createdOn) { this.createdOn = createdOn; }
    public Long getCoordinatorId() { return coordinatorId; }
    public void setCoordinatorId(Long coordinatorId) { this.coordinatorId = coordinatorId; }
    public List<Long> getMemberIds() { return memberIds; }
    public void setMemberIds(List<Long> memberIds) { this.memberIds = memberIds == null ? new ArrayList<>() : memberIds; }
    public String getMemberEmails() { return memberEmails; }
    public void setMemberEmails(String memberEmails) { this.memberEmails = memberEmails; }
}
