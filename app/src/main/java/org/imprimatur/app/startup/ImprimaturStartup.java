package org.imprimatur.app.startup;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imprimatur.app.notifications.NotificationDispatcher;
import org.imprimatur.app.notifications.NotificationSettings;
import org.imprimatur.app.persistence.DatabaseMigrations;
import org.imprimatur.app.plugins.ProviderRegistry;
import org.imprimatur.app.security.AuthMode;
import org.imprimatur.app.security.IdentitySource;
import org.imprimatur.app.security.LocalAccounts;
import org.imprimatur.generation.jobs.JobDispatcher;
import org.imprimatur.provenance.checkpoint.Checkpoints;

/**
 * Brings Imprimatur up in order: schema, notification settings, ledger signing key, plugins, accounts, then the
 * checkpoint schedule and the job and notification dispatchers. A failure goes to {@link StartupFailure}.
 */
@ApplicationScoped
public class ImprimaturStartup {

    private static final Logger LOG = Logger.getLogger(ImprimaturStartup.class.getName());

    @Inject
    private DatabaseMigrations migrations;

    @Inject
    private ProviderRegistry providers;

    @Inject
    private LocalAccounts accounts;

    @Inject
    private IdentitySource identity;

    @Inject
    private Checkpoints checkpoints;

    @Inject
    private CheckpointSchedule checkpointSchedule;

    @Inject
    private JobDispatcher jobDispatcher;

    @Inject
    private NotificationSettings notificationSettings;

    @Inject
    private NotificationDispatcher notificationDispatcher;

    @Inject
    @ConfigProperty(name = "imprimatur.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "imprimatur.admin.initial-password")
    private Optional<String> initialAdminPassword;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            String signIn = checkSignIn();
            String database = migrations.migrate();
            // Before anything is recorded: every ledger entry may be a notification.
            loadNotificationSettings();
            startCheckpoints();
            providers.start();
            if (demo) {
                accounts.createDemoAccounts();
            }
            initialAdminPassword.filter(accounts::createFirstAdministrator)
                    .ifPresent(created -> LOG.info("Created the first administrator account, admin"));
            if (identity.mode() == AuthMode.LOCAL && !accounts.any()) {
                LOG.warning("No local account exists, so nobody can sign in: set imprimatur.admin.initial-password "
                        + "(IMPRIMATUR_ADMIN_INITIAL_PASSWORD) to create the first administrator, or run in demo mode");
            }
            LOG.info(() -> "Imprimatur started on " + database + "; sign-in through " + signIn + "; "
                    + providers.installed().size()
                    + " plugin(s) installed" + (demo ? "; DEMO MODE: users alice (editor), bob (reviewer), "
                    + "dave (publisher), carol (compliance) and admin, each with its user name as password" : ""));
            checkpointSchedule.start();
            jobDispatcher.start();
            notificationDispatcher.start();
            StartupFailure.startupCompleted();
        } catch (StartupFailedException e) {
            StartupFailure.report(e.getMessage());
            throw e;
        }
    }

    private String checkSignIn() {
        try {
            return identity.describe();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new StartupFailedException("sign-in is misconfigured: " + e.getMessage());
        }
    }

    private void loadNotificationSettings() {
        try {
            notificationSettings.load();
        } catch (IllegalArgumentException e) {
            throw new StartupFailedException("notifications are misconfigured: " + e.getMessage());
        }
    }

    private void startCheckpoints() {
        try {
            checkpoints.start();
        } catch (IOException e) {
            throw new StartupFailedException("the ledger's signing key cannot be loaded (imprimatur.ledger.keystore, "
                    + "imprimatur.ledger.keystore-password): " + e.getMessage());
        }
    }
}
