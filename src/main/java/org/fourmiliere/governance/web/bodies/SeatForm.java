package org.fourmiliere.governance.web.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.fourmiliere.governance.internal.bodies.SeatKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The form to create a board seat (with a first holder) or to give a seat a new mandate. */
public class SeatForm {

    @NotNull
    private SeatKind kind = SeatKind.INDIVIDUAL_MEMBER;
    @Size(max = 200)
    private String label;
    private Long holderId;
    @Size(max = 320)
    private String holderEmail;
    private Long organisationId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate mandateStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate mandateEnd;

    public SeatKind getKind() { return kind; }
    public void setKind(SeatKind kind) { this.kind = kind; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public Long getHolderId() { return holderId; }
    public void setHolderId(Long holderId) { this.holderId = holderId; }
    public String getHolderEmail() { return holderEmail; }
    public void setHolderEmail(String holderEmail) { this.holderEmail = holderEmail; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public LocalDate getMandateStart() { return mandateStart; }
    public void setMandateStart(LocalDate mandateStart) { this.mandateStart = mandateStart; }
    public LocalDate getMandateEnd() { return mandateEnd; }
    public void setMandateEnd(LocalDate mandateEnd) { this.mandateEnd = mandateEnd; }
}
