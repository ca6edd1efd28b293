package vn.hoctap.bot.access;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from configuration when nobody can log in yet, so a fresh install is
 * usable but never open. Without a configured password one is generated and logged once.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final DashboardUsers users;
    private final DashboardProperties props;

    FirstAdmin(DashboardUsers users, DashboardProperties props) {
        this.users = users;
        this.props = props;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = props.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        try {
            users.create(props.adminUsername(), password, DashboardRole.ADMIN, null, null);
        } catch (DuplicateKeyException raced) {
            return; // another instance created it first
        }
        if (generated) {
            log.warn("Created dashboard admin '{}' with generated password {} (set DASHBOARD_ADMIN_PASSWORD to choose it)",
                    props.adminUsername(), password);
        } else {
            log.info("Created dashboard admin '{}' from configuration", props.adminUsername());
        }
    }
}
