package be.brussels.pan.service.metrics;

import com.codahale.metrics.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Times every request of every endpoint, named by its route pattern (not its raw path: no ids in names). */
@Configuration
public class EndpointTimingInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final String CONTEXT = EndpointTimingInterceptor.class.getName() + ".context";
    private final PanMetrics metrics;

    public EndpointTimingInterceptor(PanMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(CONTEXT, System.nanoTime());
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Object start = request.getAttribute(CONTEXT);
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (start instanceof Long nanos && pattern != null) {
            Timer timer = metrics.endpoint(request.getMethod(), pattern.toString());
            timer.update(System.nanoTime() - nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
