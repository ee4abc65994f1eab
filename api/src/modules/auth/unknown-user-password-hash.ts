/**
 * A real scrypt hash, with the parameters hashPassword uses today, of a random password that was
 * thrown away. Sign-in verifies against it when the username is unknown, so that an unknown name
 * costs as much time as a wrong password and timing does not reveal which usernames exist.
 * A test keeps its parameters in step with hashPassword's.
 */
export const unknownUserPasswordHash =
  'scrypt$32768$8$3$saVO34TSRT3NMoKp0AgWiA$yjTvLd4R6avZ7BCTiFfvUV5Dx9V7N7x64OHkNg_YBKk';
