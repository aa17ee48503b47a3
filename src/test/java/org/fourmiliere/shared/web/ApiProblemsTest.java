package org.fourmiliere.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The error contract of every API controller, shown on a controller of its own in a slice of the web layer (no
 * database, no security): invalid input is a 400 problem naming each field in the reader's language, a domain
 * refusal keeps its status and its field.
 */
@WebMvcTest(controllers = ApiProblemsTest.Probe.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "org\\.fourmiliere\\.(accounts\\..*|shared\\.web\\.(LayoutAdvice|PageProblems))"))
@AutoConfigureMockMvc(addFilters = false)
@Import(ApiProblemsTest.Probe.class)
class ApiProblemsTest {

    @ApiController("/api/v1/probe")
    @Public
    static class Probe {
        record Body(@NotBlank String name, @Size(max = 3) String code) {}

        @PostMapping
        void post(@Valid @RequestBody Body body) {
            throw new Problems.Conflict("code", "body.code.taken", body.code());
        }
    }

    @Autowired MockMvc mvc;

    @Test
    void invalidInputIsA400ProblemNamingEachFieldInTheReadersLanguage() throws Exception {
        mvc.perform(post("/api/v1/probe").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "fr")
                        .content("{\"name\":\"\",\"code\":\"toolong\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Certaines valeurs sont invalides."))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Ce champ est requis."))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists());
        mvc.perform(post("/api/v1/probe").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"code\":\"ab\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("This field is required."));
    }

    @Test
    void aDomainRefusalKeepsItsStatusAndItsField() throws Exception {
        mvc.perform(post("/api/v1/probe").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"name\":\"Ana\",\"code\":\"abc\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400NotA500() throws Exception {
        mvc.perform(post("/api/v1/probe").contentType(MediaType.APPLICATION_JSON).content("[1,"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
