package org.fourmiliere.timesheets.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.fourmiliere.timesheets.internal.TimesheetImport;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of historical timesheets: upload, a preview with every row's error, then an all-or-nothing commit.
 * Reading and writing run in the background; the page follows their progress with htmx. An import in
 * progress lives in this node's memory only (an interrupted one is simply started again: nothing was written).
 */
@Allowed(Permission.ADMINISTER)
@Controller
class ImportPages {

    static final class Job {
        final String id = UUID.randomUUID().toString();
        final AtomicLong read = new AtomicLong();
        final AtomicLong written = new AtomicLong();
        volatile String stage = "reading";
        volatile TimesheetImport.Parsed parsed;
        volatile TimesheetImport.Result result;
        volatile String failure;
        volatile Object[] failureArgs;

        public String getId() { return id; }
        public long getRead() { return read.get(); }
        public long getWritten() { return written.get(); }
        public String getStage() { return stage; }
        public TimesheetImport.Parsed getParsed() { return parsed; }
        public TimesheetImport.Result getResult() { return result; }
        public String getFailure() { return failure; }
        public Object[] getFailureArgs() { return failureArgs; }
        public boolean isBusy() { return stage.equals("reading") || stage.equals("writing"); }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final TimesheetImport importer;

    private final FormErrors formErrors;

    ImportPages(TimesheetImport importer, FormErrors formErrors) {
        this.formErrors = formErrors;
        this.importer = importer;
    }

    @GetMapping("/time/import")
    String form() {
        return "timesheets/import";
    }

    @PostMapping("/time/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws Exception {
        if (file == null || file.isEmpty()) {
            formErrors.show(model, new Problems.InvalidInput("file", "time.import.no-file"));
            return "timesheets/import";
        }
        Path tmp = Files.createTempFile("fourmi-import-", ".csv");
        file.transferTo(tmp);
        Job job = new Job();
        jobs.put(job.id, job);
        SecurityContext ctx = SecurityContextHolder.getContext();
        Thread.ofVirtual().start(() -> {
            SecurityContextHolder.setContext(ctx);
            try (var reader = new InputStreamReader(Files.newInputStream(tmp), StandardCharsets.UTF_8)) {
                job.parsed = importer.read(reader, job.read::set);
                job.stage = "preview";
            } catch (Exception e) {
                job.failure = "time.import.unreadable";
                job.stage = "failed";
            } finally {
                try { Files.deleteIfExists(tmp); } catch (Exception ignored) { }
                SecurityContextHolder.clearContext();
            }
        });
        return "redirect:/time/import/" + job.id;
    }

    @GetMapping("/time/import/{id}")
    String show(@PathVariable String id, Model model, HtmxRequest htmx) {
        model.addAttribute("job", job(id));
        return htmx.isHtmxRequest() ? "timesheets/import-job :: job" : "timesheets/import-job";
    }

    @PostMapping("/time/import/{id}/commit")
    String commit(@PathVariable String id) {
        Job job = job(id);
        if (job.parsed == null || !job.parsed.ok() || !job.stage.equals("preview")) return "redirect:/time/import/" + id;
        job.stage = "writing";
        SecurityContext ctx = SecurityContextHolder.getContext();
        Thread.ofVirtual().start(() -> {
            SecurityContextHolder.setContext(ctx);
            try {
                job.result = importer.commit(job.parsed, job.written::set);
                importer.analyze();
                job.stage = "done";
            } catch (Problems.DomainException e) {
                job.failure = e.messageKey();
                job.failureArgs = e.args();
                job.stage = "failed";
            } catch (RuntimeException e) {
                job.failure = "time.import.failed";
                job.stage = "failed";
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return "redirect:/time/import/" + id;
    }

    private Job job(String id) {
        Job j = jobs.get(id);
        if (j == null) throw new Problems.NotFound("time.import.not-found");
        return j;
    }
}
