package org.imprimatur.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.imprimatur.spi.Role;
import org.junit.jupiter.api.Test;

/** Every endpoint says who may call it, and the role check reads those declarations as intended. */
class EndpointRolesTest {

    @Test
    void everyEndpointDeclaresItsRoles() {
        List<Method> endpoints = endpoints();
        assertTrue(endpoints.size() >= 7, "found the REST endpoints: " + endpoints);
        for (Method endpoint : endpoints) {
            Class<?> resource = endpoint.getDeclaringClass();
            boolean declared = declares(endpoint.getAnnotations()) || declares(resource.getAnnotations());
            assertTrue(declared, endpoint + " must carry @RolesAllowed, @PermitAll or @DenyAll (or its class)");
            Set<String> roles = RoleCheckFeature.rolesFor(endpoint, resource);
            if (roles != null) {
                assertTrue(Role.ALL.containsAll(roles), endpoint + " names unknown roles " + roles);
            }
        }
    }

    @Test
    void aMethodsDeclarationOverridesItsClasss() throws Exception {
        assertNull(RoleCheckFeature.rolesFor(Example.class.getMethod("open"), Example.class));
        assertEquals(Set.of(Role.ADMIN), RoleCheckFeature.rolesFor(Example.class.getMethod("admin"), Example.class));
        assertEquals(Set.of(), RoleCheckFeature.rolesFor(Example.class.getMethod("closed"), Example.class));
        assertEquals(Set.of(Role.EDITOR, Role.REVIEWER),
                RoleCheckFeature.rolesFor(Example.class.getMethod("inherited"), Example.class));
    }

    @Test
    void anUndeclaredEndpointIsClosedToEveryone() throws Exception {
        assertEquals(Set.of(), RoleCheckFeature.rolesFor(Undeclared.class.getMethod("get"), Undeclared.class));
    }

    private static boolean declares(java.lang.annotation.Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a instanceof RolesAllowed || a instanceof PermitAll
                || a instanceof DenyAll);
    }

    private static List<Method> endpoints() {
        List<Method> endpoints = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.imprimatur.app")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (Method method : type.reflect().getMethods()) {
                if (Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    endpoints.add(method);
                }
            }
        }
        return endpoints;
    }

    @RolesAllowed({Role.EDITOR, Role.REVIEWER})
    public static class Example {
        @PermitAll
        public void open() {
        }

        @RolesAllowed(Role.ADMIN)
        public void admin() {
        }

        @DenyAll
        public void closed() {
        }

        public void inherited() {
        }
    }

    public static class Undeclared {
        public void get() {
        }
    }
}
