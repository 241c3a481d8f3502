-- app/security: local accounts for the embedded sign-in (not used when Keycloak is the identity provider).
CREATE TABLE local_account (
    username      VARCHAR(200) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(500) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
