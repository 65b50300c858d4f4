-- One login role and one database per service (each service owns its data, no one else reads it),
-- plus kpi_admin for tools and tests. Safe to run again: it only creates what is missing.
-- The password comes from the psql variable kpi_password (docker-compose: the development
-- default below; k8s: the kpi-postgres secret).
--   psql -v ON_ERROR_STOP=1 [-v kpi_password=...] -f 01-roles-and-databases.sql

\if :{?kpi_password}
\else
\set kpi_password kpi_dev
\endif

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', r.name, :'kpi_password')
FROM (VALUES ('kpi_projects'), ('kpi_indicators'), ('kpi_measurements'), ('kpi_reporting'), ('kpi_identity')) AS r(name)
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.name)
\gexec

SELECT format('CREATE ROLE %I LOGIN SUPERUSER PASSWORD %L', 'kpi_admin', :'kpi_password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kpi_admin')
\gexec

-- CREATE DATABASE cannot run inside a DO block or a transaction: \gexec runs each one alone.
SELECT format('CREATE DATABASE %I OWNER %I', d.name, d.name)
FROM (VALUES ('kpi_projects'), ('kpi_indicators'), ('kpi_measurements'), ('kpi_reporting'), ('kpi_identity')) AS d(name)
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d.name)
\gexec
