package org.fourmiliere.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api/v1, served at /v3/api-docs and browsable at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI fourmiliereOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Fourmilière API").version("v1")
                        .description("The JSON API of Fourmilière. Authenticate with a personal access token "
                                + "(Authorization: Bearer) or, to obtain a first token, HTTP Basic. Errors are RFC 9457 "
                                + "problem details in the language of Accept-Language (fr or en).")
                        .license(new License().name("AGPL-3.0-or-later").identifier("AGPL-3.0-or-later")))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token (fmt_…) from POST /api/v1/tokens or the page My account"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
