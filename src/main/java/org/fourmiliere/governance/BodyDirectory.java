package org.fourmiliere.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the rest of the application may ask about the bodies of the collective. */
public interface BodyDirectory {

    List<BodyRef> bodies();

    Optional<BodyRef> body(long bodyId);

    /** The one general assembly, board or work committee. */
    BodyRef the(BodyKind singleton);

    /** The persons who are members of a body on a day (for the board: the holders of its seats). */
    List<Long> memberIds(long bodyId, LocalDate day);

    /** The bodies a person belongs to on a day. */
    List<BodyRef> bodiesOf(long personId, LocalDate day);
}
