package org.linli.platform.outbox;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** What every consumer of the service shares. */
record EventBus(
        EventsProperties.ConsumerProperties settings,
        StringRedisTemplate redis,
        JdbcClient jdbc,
        TransactionTemplate tx,
        JsonMapper json,
        EventTracing tracing,
        DeadLetters deadLetters) {}
