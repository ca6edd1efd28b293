package vn.hoctap.bot.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link AuditInterceptor} in front of every handler but the webhook, the Mini App, static files
 * and the error page (a failed request is recorded once, by its own handler).
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration implements WebMvcConfigurer {

    private final AuditTrail trail;

    AuditConfiguration(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuditInterceptor(trail)).excludePathPatterns("/telegram/**", "/css/**", "/js/**", "/webapp/**", "/error");
    }
}
