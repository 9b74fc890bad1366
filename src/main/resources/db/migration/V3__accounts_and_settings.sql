-- Instructor accounts and the instructors' settings (one value per key, such as the class code).
CREATE TABLE IF NOT EXISTS account (
  username VARCHAR(100) PRIMARY KEY,
  password_hash VARCHAR(500) NOT NULL,
  role VARCHAR(32) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE IF NOT EXISTS setting (
  setting_key VARCHAR(100) PRIMARY KEY,
  setting_value VARCHAR(1000) NOT NULL
);
