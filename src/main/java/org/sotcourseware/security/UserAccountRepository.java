package org.sotcourseware.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    /** Everyone with their roles, in one query (the roles would otherwise be one select per person). */
    @EntityGraph(attributePaths = "roles")
    List<UserAccount> findAllByOrderByUsernameAsc();

    List<UserAccount> findByDemoTrue();

    boolean existsByRolesContaining(String role);
}
