package org.fourmiliere.accounts.web;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.internal.AccountService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Set-up pages for the administrator: the database in use, the accounts. */
@Allowed(Permission.ADMINISTER)
@Controller
class AdminPages {

    private final DataSource dataSource;
    private final AccountService accounts;

    AdminPages(DataSource dataSource, AccountService accounts) {
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String system(Model model) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            model.addAttribute("dbProduct", md.getDatabaseProductName());
            model.addAttribute("dbVersion", md.getDatabaseProductVersion());
            model.addAttribute("dbUrl", md.getURL());
        }
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
