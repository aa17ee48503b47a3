package org.fourmiliere.roles;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The holder stops on {@code on} (today when null): from that day on, they no longer hold the role. */
public record EndHolder(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {}
