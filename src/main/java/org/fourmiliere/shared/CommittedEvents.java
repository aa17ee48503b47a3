package org.fourmiliere.shared;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells what is kept in memory ({@link KeptInMemory}) of the events that concern it, once their transaction
 * commits, and the other nodes too ({@link NodeAnnouncements}: the event's type name is sent with
 * {@code NOTIFY} in the writing transaction). A plain listener, called where the event is published: it leaves
 * no row in the event publication registry, since forgetting a cache needs no retry (a node that restarts
 * starts empty).
 */
@Component
class CommittedEvents {

    private final ObjectProvider<KeptInMemory> keptBeans;
    private final NodeAnnouncements nodes;
    private volatile List<KeptInMemory> kept;
    private final ConcurrentHashMap<Class<?>, List<KeptInMemory>> concerned = new ConcurrentHashMap<>();

    CommittedEvents(ObjectProvider<KeptInMemory> kept, NodeAnnouncements nodes) {
        this.keptBeans = kept;
        this.nodes = nodes;
        nodes.deliverTo(this::heard);
    }

    @EventListener
    void published(ModuleEvent event) {
        List<KeptInMemory> told = concernedBy(event.getClass());
        if (told.isEmpty()) return;
        nodes.tellOthers(event.getClass().getName());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    told.forEach(KeptInMemory::forget);
                }
            });
        } else {
            told.forEach(KeptInMemory::forget);
        }
    }

    /** An event type committed on another node, or {@link NodeAnnouncements#EVERYTHING}. */
    void heard(String eventType) {
        Class<? extends ModuleEvent> type = typeNamed(eventType);
        for (KeptInMemory k : kept()) {
            // a type this build does not know (another version) or everything: forget, to be safe
            if (type == null || k.concerns(type)) k.forget();
        }
    }

    private List<KeptInMemory> concernedBy(Class<?> type) {
        return concerned.computeIfAbsent(type, t -> kept().stream()
                .filter(k -> k.concerns(t.asSubclass(ModuleEvent.class))).toList());
    }

    private Class<? extends ModuleEvent> typeNamed(String name) {
        try {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            return ModuleEvent.class.isAssignableFrom(type) ? type.asSubclass(ModuleEvent.class) : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private List<KeptInMemory> kept() {
        List<KeptInMemory> k = kept;
        if (k == null) kept = k = keptBeans.orderedStream().toList();
        return k;
    }
}
