package be.brussels.pan.service.security;

import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.ConflictException;
import be.brussels.pan.service.web.NotFoundException;
import be.brussels.pan.service.web.StrictBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/users} (ADMIN). {@code GET}: the users, never a hash. {@code POST}
 * {@code {username, password, role, organisation}}: creates a user (409 if the name is taken; unknown fields
 * and invalid values are a 400 naming the field), the password stored as a BCrypt hash.
 * {@code POST /{username}/disable} and {@code /enable}: an administrator cannot disable their own account.
 * {@code PUT /{username}/password} {@code {password}}: resets a user's password (issue 15), checked by the
 * {@link PasswordPolicy}; the user's cached entry and open sessions stop working at once on this instance.
 * {@code PUT /{username}/email} {@code {email}}: sets the user's e-mail address for the notifications (null
 * removes it); the address is checked (400 {@code field: email}) and never logged.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "admin: users", description = "The users of the service (ADMIN)")
public class UserAdminController {

    /** A user as shown: no password hash. {@code email}: null when none (issue 14). */
    public record UserView(String username, Role role, String organisation, boolean enabled, String email) {
        static UserView of(PanUser u, String email) {
            return new UserView(u.username(), u.role(), u.organisation(), u.enabled(), email);
        }
    }

    /** The body of a creation; {@code email} is optional (issue 14). */
    public record NewUser(String username, String password, String role, String organisation, String email) {
    }

    /** The body of {@code PUT /{username}/email}: the address, or null to remove it. */
    public record EmailChange(String email) {
    }

    /** The body of {@code PUT /{username}/password}: the new password, which the administrator hands over. */
    public record PasswordReset(String password) {
    }

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;

    public UserAdminController(UserStore users, PasswordEncoder encoder, PasswordPolicy passwords) {
        this.users = users;
        this.encoder = encoder;
        this.passwords = passwords;
    }

    @Operation(summary = "The users (never a password hash)")
    @ApiResponse(responseCode = "200", description = "The users",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = UserView.class))))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<UserView> list() {
        java.util.Map<String, String> emails = users.emails();
        return users.all().stream().map(u -> UserView.of(u, emails.get(u.username()))).toList();
    }

    /** One user: where a creation's {@code Location} points. */
    @Operation(summary = "One user")
    @ApiResponse(responseCode = "200", description = "The user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UserView.class)))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such user")
    @GetMapping(path = "/{username}", produces = MediaType.APPLICATION_JSON_VALUE)
    public UserView user(@PathVariable String username) {
        return view(username);
    }

    @Operation(summary = "Create a user (the password is stored as a BCrypt hash)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The new user; username, password, role and organisation are required, email is optional"
                            + " (where notifications are sent), unknown fields are refused. role is one of"
                            + " COUNSELLOR, SOCIAL_WORKER, PARTNER, PLANNER, ADMIN.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = NewUser.class))))
    @ApiResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "/api/v1/admin/users/{username}",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UserView.class)))
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid, or unknown; field names it ($ for the body)")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "409", description = "A user of this name already exists")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<UserView> create(@RequestBody byte[] body) {
        NewUser n = SecretBodies.read(body, NewUser.class, java.util.Set.of("password"));
        UserRules.violation(n.username(), n.password(), n.role(), n.organisation(), passwords)
                .or(() -> UserRules.emailViolation(n.email())).ifPresent(v -> {
                    throw new BadInputException(v.field(), v.message());
                });
        Role role = Role.valueOf(n.role());
        PanUser user = new PanUser(n.username(), encoder.encode(n.password()), role, n.organisation().trim(), true);
        try {
            users.create(user, n.email());
        } catch (org.springframework.dao.DuplicateKeyException taken) {
            // The primary key decides, also between two creations of one name at the same moment (a read first
            // would only be a second query that the race can get past).
            throw new ConflictException("user " + n.username() + " already exists");
        }
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + user.username()))
                .body(UserView.of(user, n.email()));
    }

    @Operation(summary = "Set or remove a user's e-mail address (where their notifications are sent)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "{\"email\": \"name@example.be\"}, or {\"email\": null} to remove it",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EmailChange.class))))
    @ApiResponse(responseCode = "200", description = "The user, with the new address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UserView.class)))
    @ApiResponse(responseCode = "400", description = "Not an e-mail address (field: email), or an unknown field")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such user")
    @PutMapping(path = "/{username}/email", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public UserView setEmail(@PathVariable String username, @RequestBody byte[] body) {
        EmailChange change = StrictBodies.read(body, EmailChange.class);
        UserRules.emailViolation(change.email()).ifPresent(v -> {
            throw new BadInputException(v.field(), v.message());
        });
        if (!users.setEmail(username, change.email())) {
            throw new NotFoundException("user", username);
        }
        return view(username);
    }

    @Operation(summary = "Reset a user's password (their open sessions end at their next request)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "{\"password\": \"…\"}: at least 12 characters, and not easy to guess (PasswordPolicy)",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PasswordReset.class))))
    @ApiResponse(responseCode = "204", description = "The password is changed; the old one no longer works on this instance")
    @ApiResponse(responseCode = "400", description = "The password is too short or too easy to guess (field: password; the"
            + " message never repeats it), or an unknown field")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such user")
    @PutMapping(path = "/{username}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody byte[] body) {
        PasswordReset reset = SecretBodies.read(body, PasswordReset.class, java.util.Set.of("password"));
        PanUser user = users.find(username).orElseThrow(() -> new NotFoundException("user", username));
        passwords.violation("password", reset.password(), user.username(), user.organisation()).ifPresent(v -> {
            throw new BadInputException(v.field(), v.message());
        });
        if (!users.setPasswordHash(username, encoder.encode(reset.password()))) {
            throw new NotFoundException("user", username);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Disable a user (their sessions end at their next request)")
    @ApiResponse(responseCode = "200", description = "The user, disabled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UserView.class)))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such user")
    @ApiResponse(responseCode = "409", description = "An administrator cannot disable their own account")
    @PostMapping(path = "/{username}/disable", produces = MediaType.APPLICATION_JSON_VALUE)
    public UserView disable(@PathVariable String username, @AuthenticationPrincipal PanUser me) {
        if (username.equals(me.username())) {
            throw new ConflictException("an administrator cannot disable their own account");
        }
        return setEnabled(username, false);
    }

    @Operation(summary = "Enable a user")
    @ApiResponse(responseCode = "200", description = "The user, enabled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UserView.class)))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such user")
    @PostMapping(path = "/{username}/enable", produces = MediaType.APPLICATION_JSON_VALUE)
    public UserView enable(@PathVariable String username) {
        return setEnabled(username, true);
    }

    private UserView setEnabled(String username, boolean enabled) {
        // Only the flag is written: a read-modify-write of the whole user could undo a change made meanwhile.
        if (!users.setEnabled(username, enabled)) {
            throw new NotFoundException("user", username);
        }
        return view(username);
    }

    private UserView view(String username) {
        return users.find(username).map(u -> UserView.of(u, users.email(username).orElse(null)))
                .orElseThrow(() -> new NotFoundException("user", username));
    }
}
