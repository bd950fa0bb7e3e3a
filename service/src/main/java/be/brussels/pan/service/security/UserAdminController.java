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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/users} (ADMIN). {@code GET}: the users, never a hash. {@code POST}
 * {@code {username, password, role, organisation}}: creates a user (409 if the name is taken; unknown fields
 * and invalid values are a 400 naming the field), the password stored as a BCrypt hash.
 * {@code POST /{username}/disable} and {@code /enable}: an administrator cannot disable their own account.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "admin: users", description = "The users of the service (ADMIN)")
public class UserAdminController {

    /** A user as shown: no password hash. */
    public record UserView(String username, Role role, String organisation, boolean enabled) {
        static UserView of(PanUser u) {
            return new UserView(u.username(), u.role(), u.organisation(), u.enabled());
        }
    }

    /** The body of a creation. */
    public record NewUser(String username, String password, String role, String organisation) {
    }

    private final UserStore users;
    private final PasswordEncoder encoder;

    public UserAdminController(UserStore users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Operation(summary = "The users (never a password hash)")
    @ApiResponse(responseCode = "200", description = "The users",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = UserView.class))))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    /** One user: where a creation's {@code Location} points. */
    @Operation(summary = "One user")
    @ApiResponse(responseCode = "200", description = "The user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UserView.class)))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No such user")
    @GetMapping(path = "/{username}", produces = MediaType.APPLICATION_JSON_VALUE)
    public UserView user(@PathVariable String username) {
        return users.find(username).map(UserView::of).orElseThrow(() -> new NotFoundException("user", username));
    }

    @Operation(summary = "Create a user (the password is stored as a BCrypt hash)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The new user; all four fields are required, unknown fields are refused. role is one of"
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
        NewUser n = StrictBodies.read(body, NewUser.class);
        UserRules.violation(n.username(), n.password(), n.role(), n.organisation()).ifPresent(v -> {
            throw new BadInputException(v.field(), v.message());
        });
        Role role = Role.valueOf(n.role());
        PanUser user = new PanUser(n.username(), encoder.encode(n.password()), role, n.organisation().trim(), true);
        try {
            users.create(user);
        } catch (org.springframework.dao.DuplicateKeyException taken) {
            // The primary key decides, also between two creations of one name at the same moment (a read first
            // would only be a second query that the race can get past).
            throw new ConflictException("user " + n.username() + " already exists");
        }
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + user.username())).body(UserView.of(user));
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
        return users.find(username).map(UserView::of).orElseThrow(() -> new NotFoundException("user", username));
    }
}
