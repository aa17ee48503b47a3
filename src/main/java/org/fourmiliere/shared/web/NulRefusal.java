package org.fourmiliere.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * No text with a NUL character is taken from a JSON body: PostgreSQL cannot store it and no person types it. The
 * refusal names the field, like any value of the wrong form (see {@link ApiProblems}); forms are checked by
 * {@link RequestHygiene}.
 */
@Configuration(proxyBeanMethods = false)
class NulRefusal {

    @Bean
    JacksonModule noNulCharacters() {
        SimpleModule module = new SimpleModule("fourmiliere-no-nul");
        module.addDeserializer(String.class, new NoNul());
        return module;
    }

    static final class NoNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = super.deserialize(p, ctxt);
            if (s != null && s.indexOf('\u0000') >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, s, "NUL character");
            }
            return s;
        }
    }
}
