package org.fourmiliere.requests.internal;

import java.util.List;

/**
 * A queue: where requests of one kind land (support, accounting, sales…), fed by its addresses, answered first by the
 * holders of its role, with its service targets in office minutes, and its level (first or second line; a first-line
 * queue escalates to {@code escalationQueueId}).
 */
public record Queue(long id, String code, String nameFr, String nameEn, String roleCode, Integer firstResponseMinutes,
                    Integer resolutionMinutes, boolean autoAck, int level, Long escalationQueueId, String activityCode,
                    List<String> addresses) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameFr;
    }

    /** The address replies go to: the queue's first. */
    public String replyAddress() {
        return addresses.isEmpty() ? null : addresses.getFirst();
    }
}
