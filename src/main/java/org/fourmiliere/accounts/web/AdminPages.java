package org.fourmiliere.accounts.web;

import java.sql.SQLException;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.internal.AccountService;
import org.fourmiliere.accounts.internal.DatabaseStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Set-up pages for the administrator: the database in use, the accounts. */
@Allowed(Permission.ADMINISTER)
@Controller
class AdminPages {

    private final DatabaseStore database;
    private final AccountService accounts;

    AdminPages(DatabaseStore database, AccountService accounts) {
        this.database = database;
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String system(Model model) throws SQLException {
        DatabaseStore.DatabaseInfo db = database.database();
        model.addAttribute("dbProduct", db.product());
        model.addAttribute("dbVersion", db.version());
        model.addAttribute("dbUrl", db.url());
        model.addAttribute("accounts", accounts.all());
        return "admin/system";
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@PathVariable long id) {
        accounts.setEnabled(id, true);
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable long id) {
        accounts.setEnabled(id, false);
        return "redirect:/admin";
    }
}
