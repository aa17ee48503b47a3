package org.fourmiliere.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@link Invoicing} for other modules: a draft is priced and taxed as the invoice issued from the same lines. */
@IntegrationTest
class InvoicingIT {

    @Autowired
    Invoicing invoicing;

    @Test
    void aDraftIsPricedAsTheInvoiceIssuedFromTheSameLines() {
        int y = Years.fresh();
        var customers = invoicing.customer(Long.MAX_VALUE);
        assertThat(customers).isEmpty();
        long customer = invoicingCustomer();
        List<NewLine> lines = List.of(NewLine.of("Développement", "12.5", "80.00", "WEBDEV", null));
        LocalDate day = LocalDate.of(y, 3, 31);
        Invoicing.Priced draft = invoicing.draft(customer, day, lines);
        assertThat(draft.number()).isNull();
        assertThat(draft.subtotal()).isEqualTo(Money.cad("1000.00"));
        assertThat(draft.taxes()).extracting(Invoicing.Tax::code).containsExactly("GST", "QST");
        Invoicing.Priced issued = invoicing.invoice(new NewDocument(customer, null, day, null, null, null, null, null, null, lines));
        assertThat(issued.number()).startsWith("F-");
        assertThat(issued.total()).isEqualTo(draft.total());
        assertThat(issued.taxes()).isEqualTo(draft.taxes());
        assertThat(invoicing.document(issued.id())).hasValue(issued);
        assertThat(invoicing.customer(customer).orElseThrow().kind()).isEqualTo(ClientKind.COMPANY);
        assertThatThrownBy(() -> invoicing.draft(Long.MAX_VALUE, day, lines)).isInstanceOf(Problems.InvalidInput.class);
    }

    @LocalServerPort
    int port;

    long invoicingCustomer() {
        var r = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).post("/api/v1/customers",
                "{\"name\":\"%s\",\"kind\":\"COMPANY\",\"province\":\"QC\"}".formatted(People.unique("Client")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
