-- An administrator hands out a start password; the user chooses their own before doing anything else.
ALTER TABLE users ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
