package vn.hoctap.bot.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The login form and the page a refused request lands on; Spring Security handles the POSTs. */
@DashboardPage
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @RequestMapping("/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "forbidden";
    }
}
