-- The task that takes its role's client work of a service kind: hours on every contract of that kind count on it.
ALTER TABLE role_task ADD COLUMN client_service VARCHAR(30);
CREATE UNIQUE INDEX role_task_client_service ON role_task (client_service);
