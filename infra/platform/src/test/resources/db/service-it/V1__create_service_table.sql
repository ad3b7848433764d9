-- a service's own first migration, for PlatformMigrationsIT
CREATE TABLE service_thing (id BIGINT PRIMARY KEY);
