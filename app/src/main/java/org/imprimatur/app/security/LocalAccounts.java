package org.imprimatur.app.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imprimatur.spi.Role;

/** The embedded sign-in's accounts: creating them and checking their passwords. */
@ApplicationScoped
public class LocalAccounts {

    private static final Logger LOG = Logger.getLogger(LocalAccounts.class.getName());

    /** Demo users: each one's password is its user name (documented in README.md). */
    private static final Map<String, Set<String>> DEMO_USERS = demoUsers();

    @PersistenceContext(unitName = "imprimatur")
    private EntityManager entityManager;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimatur.auth.local.pbkdf2-iterations", defaultValue = "210000")
    private int iterations;

    /** Checked against when a user name is unknown. */
    private String unknownUserHash;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        unknownUserHash = passwordHash.generate("no such user".toCharArray());
    }

    private static Map<String, Set<String>> demoUsers() {
        Map<String, Set<String>> users = new LinkedHashMap<>();
        users.put("alice", Set.of(Role.EDITOR));
        users.put("bob", Set.of(Role.REVIEWER));
        users.put("dave", Set.of(Role.PUBLISHER));
        users.put("carol", Set.of(Role.COMPLIANCE));
        users.put("admin", Set.of(Role.ADMIN));
        return users;
    }

    /** Creates the demo users that do not exist yet; existing accounts are left as they are. */
    @Transactional
    public void createDemoAccounts() {
        DEMO_USERS.forEach((name, roles) -> {
            if (entityManager.find(LocalAccount.class, name) == null) {
                create(name, name.toCharArray(), roles, Set.of());
                LOG.info(() -> "Created demo account " + name + " " + roles);
            }
        });
    }

    /**
     * Gives a fresh installation its first administrator, so that it can be run without demo mode: when no account
     * exists yet, creates {@code admin} with the given password.
     *
     * @return whether the account was created
     */
    @Transactional
    public boolean createFirstAdministrator(String password) {
        if (any()) {
            return false;
        }
        create("admin", password.toCharArray(), Set.of(Role.ADMIN), Set.of());
        return true;
    }

    /** Whether any account exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean any() {
        return !entityManager.createQuery("SELECT a.username FROM LocalAccount a", String.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether an account has this user name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String username) {
        return entityManager.find(LocalAccount.class, username) != null;
    }

    /** The account with this user name, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalAccount> find(String username) {
        return Optional.ofNullable(entityManager.find(LocalAccount.class, username));
    }

    /** One page of the accounts, by user name. */
    @Transactional
    public List<LocalAccount> page(int offset, int limit) {
        return entityManager.createQuery("SELECT a FROM LocalAccount a ORDER BY a.username", LocalAccount.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The desks a user works on; empty for every desk, and for a name that has no account. In a transaction of its
     * own: it is read while a request is being authorised, outside the work the request then does.
     */
    @Transactional
    public Set<String> desksOf(String username) {
        return find(username).map(LocalAccount::desks).orElse(Set.of());
    }

    /**
     * Creates one account.
     *
     * @param desks the desks the user works on, as normalised desk names; empty for every desk
     */
    @Transactional
    public LocalAccount create(String username, char[] password, Set<String> roles, Set<String> desks) {
        if (!Role.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Unknown roles in " + roles + "; roles are " + Role.ALL);
        }
        LocalAccount account = new LocalAccount(username, passwordHash.generate(password), roles, desks,
                clock.instant());
        entityManager.persist(account);
        return account;
    }

    /** The account, if the name exists and the password is right. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalAccount> authenticate(String username, char[] password) {
        LocalAccount account = entityManager.find(LocalAccount.class, username);
        if (account == null) {
            // Spend the same time as a real check, so response times do not reveal which user names exist.
            passwordHash.verify(password, unknownUserHash);
            return Optional.empty();
        }
        return passwordHash.verify(password, account.passwordHash()) ? Optional.of(account) : Optional.empty();
    }
}
