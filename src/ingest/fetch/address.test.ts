import { describe, expect, it } from 'vitest';
import { blockedAddressReason } from './address.js';

describe('blockedAddressReason', () => {
  it('refuses loopback, private and link-local IPv4', () => {
    for (const ip of [
      '127.0.0.1',
      '127.255.0.9',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
      '224.0.0.1',
      '255.255.255.255',
    ]) {
      expect(blockedAddressReason(ip), ip).not.toBeNull();
    }
    expect(blockedAddressReason('169.254.169.254')).toBe('a link-local address');
    expect(blockedAddressReason('127.0.0.1')).toBe('a loopback address');
  });

  it('allows public IPv4, including neighbours of the private ranges', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '172.15.255.255', '172.32.0.1', '192.167.1.1', '11.0.0.1', '100.128.0.1', '1.1.1.1']) {
      expect(blockedAddressReason(ip), ip).toBeNull();
    }
  });

  it('refuses IPv6 loopback, unique-local, link-local, and private IPv4 inside IPv6', () => {
    const cases: Record<string, string> = {
      '::1': 'a loopback address',
      '[::1]': 'a loopback address',
      '::': 'the unspecified address',
      'fc00::1': 'a unique-local (private) address',
      'fd12:3456:789a::1': 'a unique-local (private) address',
      'fe80::1%eth0': 'a link-local address',
      'febf::1': 'a link-local address',
      'ff02::1': 'a multicast address',
      '::ffff:127.0.0.1': 'a loopback address',
      '::ffff:7f00:1': 'a loopback address',
      '::ffff:10.1.2.3': 'a private address',
      '::ffff:c0a8:0101': 'a private address',
      '::127.0.0.1': 'a loopback address',
      '64:ff9b::a9fe:a9fe': 'a link-local address',
      '2002:c0a8:0101::1': 'a private address',
      '2001:db8::1': 'a documentation address',
    };
    for (const [ip, reason] of Object.entries(cases)) expect(blockedAddressReason(ip), ip).toBe(reason);
  });

  it('allows public IPv6 and public IPv4 inside IPv6', () => {
    for (const ip of [
      '2606:4700:4700::1111',
      '2a00:1450:4001:80b::200e',
      '::ffff:93.184.216.34',
      '64:ff9b::808:808',
      '2002:5db8:d822::1',
    ]) {
      expect(blockedAddressReason(ip), ip).toBeNull();
    }
  });

  it('refuses what is not an IP address', () => {
    expect(blockedAddressReason('localhost')).toBe('not an IP address');
    expect(blockedAddressReason('1.2.3')).toBe('not an IP address');
  });
});
