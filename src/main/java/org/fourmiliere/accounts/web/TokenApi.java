package org.fourmiliere.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.internal.AccountCommands;
import org.fourmiliere.accounts.internal.TokenService;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Personal access tokens of the calling account. A script may obtain its first token with HTTP Basic. */
@AnySignedIn
@ApiController("/api/v1/tokens")
@Tag(name = "Tokens", description = "Personal access tokens (Authorization: Bearer)")
class TokenApi {

    record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                     Instant expiresAt, String token) {
        static TokenView of(TokenService.TokenInfo i, String token) {
            return new TokenView(i.id(), i.name(), i.prefix(), i.createdAt(), i.lastUsedAt(), i.revokedAt(), i.expiresAt(), token);
        }
    }

    private final TokenService tokens;

    TokenApi(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token; the token itself is in this answer only")
    TokenView create(@Valid @RequestBody AccountCommands.CreateToken command) {
        var created = tokens.create(SignedIn.require().accountId(), command);
        return TokenView.of(created.info(), created.token());
    }

    @GetMapping
    @Operation(summary = "List the caller's tokens (never the tokens themselves)")
    List<TokenView> list() {
        return tokens.list(SignedIn.require().accountId()).stream().map(i -> TokenView.of(i, null)).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token")
    void revoke(@PathVariable long id) {
        tokens.revoke(SignedIn.require().accountId(), id);
    }
}
