package org.fourmiliere.requests;

import org.fourmiliere.shared.ModuleEvent;

/** What happens to tickets that another module may care about. */
public sealed interface TicketEvent extends ModuleEvent permits TicketOpened, TicketStatusChanged {

    long ticketId();
}
