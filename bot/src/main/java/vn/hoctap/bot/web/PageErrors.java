package vn.hoctap.bot.web;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import vn.hoctap.scheduler.unit.OutOfScopeException;

/**
 * The dashboard's one error handler: unknown ids and malformed links get a readable page in the
 * user's language with the right status and a way back; scope refusals from the services are 403
 * like {@code UnitScope}'s. The exception's own text (Java's, English) is never shown. Errors
 * outside a dashboard controller (an unknown URL, a failure) reach Spring Boot's error controller,
 * which renders the same {@code error.html} template.
 */
@ControllerAdvice(annotations = DashboardPage.class)
class PageErrors {

    @ExceptionHandler(NoSuchElementException.class)
    ModelAndView notFound(NoSuchElementException e) {
        return page(HttpStatus.NOT_FOUND, "web.error.notFound");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
        HandlerMethodValidationException.class, BindException.class})
    ModelAndView badRequest(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "web.error.badRequest");
    }

    @ExceptionHandler(OutOfScopeException.class)
    ModelAndView outOfScope(OutOfScopeException e) {
        // The same page Spring Security shows for a role refusal, so every 403 looks alike.
        ModelAndView mav = new ModelAndView("forbidden");
        mav.setStatus(HttpStatus.FORBIDDEN);
        return mav;
    }

    /** A new installation: the organisation page is where the first unit is created or the tree imported. */
    @ExceptionHandler(NoUnitsYet.class)
    String noUnitsYet(NoUnitsYet e) {
        return "redirect:/organisation";
    }

    private static ModelAndView page(HttpStatus status, String messageKey) {
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("messageKey", messageKey);
        return mav;
    }
}
