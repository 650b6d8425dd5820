package org.sotcourseware.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    List<UserAccount> findAllByOrderByUsernameAsc();

    List<UserAccount> findByDemoTrue();

    boolean existsByRolesContaining(String role);
}
