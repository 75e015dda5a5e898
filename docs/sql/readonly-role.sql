-- A read-only PostgreSQL role for an agent's database tool.
--
-- Run as the owner of the tables (the role migrations run as), in the
-- database the agent reads:
--
--   psql -v role=agent_readonly -v password="$(openssl rand -hex 24)" \
--        -d mydb -f docs/sql/readonly-role.sql
--
-- Optional: -v schema=NAME (default public), -v owner=ROLE (whose future
-- tables the role may read; default: the role running this script).
-- Then put the role's DSN in DATABASE_URL_READONLY, never in the repository.

\set ON_ERROR_STOP on

\if :{?schema}
\else
  \set schema public
\endif
\if :{?owner}
\else
  SELECT current_user AS owner \gset
\endif
SELECT current_database() AS dbname \gset

-- LOGIN only: no superuser, no role or database creation, no replication,
-- no inherited rights of other roles, at most 5 connections.
CREATE ROLE :"role" LOGIN PASSWORD :'password'
  NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT NOBYPASSRLS
  CONNECTION LIMIT 5;

-- Every statement ends within 30 s, and every transaction is read-only
-- unless the role asks otherwise (which the grants below still refuse).
ALTER ROLE :"role" SET statement_timeout = '30s';
ALTER ROLE :"role" SET default_transaction_read_only = on;

GRANT CONNECT ON DATABASE :"dbname" TO :"role";
GRANT USAGE ON SCHEMA :"schema" TO :"role";
REVOKE CREATE ON SCHEMA :"schema" FROM :"role";
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO :"role";
GRANT SELECT ON ALL SEQUENCES IN SCHEMA :"schema" TO :"role";

-- Tables the owner creates later are readable too.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA :"schema"
  GRANT SELECT ON TABLES TO :"role";
